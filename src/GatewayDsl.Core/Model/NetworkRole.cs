namespace GatewayDsl.Core.Model;

/// <summary>The three roles of the procedure's logical networks (prerequisite 2).</summary>
internal enum NetworkRole
{
    /// <summary>Back end: carries network-virtualized tenant traffic.</summary>
    NetworkVirtualization,

    /// <summary>Front end: the path to outside networks.</summary>
    External,

    /// <summary>Management: VMM server, host cluster and gateway VMs.</summary>
    Infrastructure,
}
