using System;

namespace GatewayDsl;

/// <summary>
/// Marks a class that holds a gateway definition: a static method returning <see cref="GatewayDefinition"/> whose body
/// is one builder chain starting at <see cref="Gateway.Named(string)"/>. The analyzers check it as you type and the
/// generator adds the connection string and deployment artifacts to the class (make it <c>partial</c>).
/// </summary>
/// <example>
/// <code>
/// [Gateway]
/// public static partial class ContosoEdge
/// {
///     public static GatewayDefinition Define() => Gateway.Named("CONTOSO-GW01").InDomain("contoso.com") /* ... */;
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class GatewayAttribute : Attribute
{
}
