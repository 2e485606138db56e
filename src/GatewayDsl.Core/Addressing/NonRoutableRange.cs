namespace GatewayDsl.Core.Addressing;

/// <summary>
/// One row of the table of special-purpose address blocks that are not reachable from the
/// Internet: the block, what it is for, and where that is defined.
/// </summary>
/// <remarks>
/// Kept as a data row, not as code, so that the table in <see cref="InternetRoutability"/> can be
/// read against its source (vmm-reference.md §d and the IANA special-purpose registries), and so
/// that diagnostics can name both the block and its purpose.
/// </remarks>
internal sealed class NonRoutableRange
{
    /// <summary>Creates a row.</summary>
    /// <param name="subnet">The special-purpose block.</param>
    /// <param name="purpose">What the block is for, in a few lower-case words.</param>
    /// <param name="source">The defining document(s), e.g. "RFC 1918".</param>
    public NonRoutableRange(IpSubnet subnet, string purpose, string source)
    {
        Subnet = subnet;
        Purpose = purpose;
        Source = source;
    }

    /// <summary>The special-purpose block.</summary>
    public IpSubnet Subnet { get; }

    /// <summary>What the block is for, e.g. "private".</summary>
    public string Purpose { get; }

    /// <summary>The defining document(s), e.g. "RFC 1918".</summary>
    public string Source { get; }

    /// <summary>
    /// The text used as a diagnostic reason, e.g. "10.0.0.0/8 (private, RFC 1918)".
    /// </summary>
    public string Description => Subnet + " (" + Purpose + ", " + Source + ")";

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
