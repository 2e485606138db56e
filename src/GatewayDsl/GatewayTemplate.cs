namespace GatewayDsl;

/// <summary>The two service templates of the Windows Server Gateway download (procedure, preparatory task).</summary>
public enum GatewayTemplate
{
    /// <summary>The template with 2NIC in its file name, for host nodes with two network adapters.</summary>
    TwoNic,

    /// <summary>The template with 3NIC in its file name, for host nodes with three network adapters.</summary>
    ThreeNic,
}
