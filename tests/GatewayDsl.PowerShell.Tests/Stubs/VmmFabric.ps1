# VMM stub runtime: the in-memory "fabric" the generated stub cmdlets read and write, and the call recorder.
# Loaded once per runspace, before the generated stub functions (Harness/VmmStubGenerator.cs).
#
# Rules this file keeps, because the code runs inside the script under test:
# - It is Set-StrictMode -Version Latest clean (a script's strict mode applies to the functions it calls), so it never reads
#   a property or variable that may not exist: Get-VmmProperty instead of $obj.Prop on objects of unknown shape.
# - It never reads a variable it did not assign: a stub's parameters ($Name, $VMHost, ...) are visible here through
#   dynamic scoping, and reading one by accident would silently use the caller's value.
# - It calls no cmdlet that supports ShouldProcess (Set-Variable, New-Item, ...): under a script's -WhatIf those would
#   be skipped, and the stub would behave differently from a real VMM cmdlet, which ignores -WhatIf.
# - Secrets never reach the record or the fabric: SecureString values are recorded as '<SecureString>', PSCredential
#   values as '<PSCredential:user>', and neither is copied onto a created object.
#
# Arguments of VMM object types are checked by [GatewayDsl.PowerShell.Tests.Harness.VmmObject('Type')] (C#, VmmStubTypes.cs).
#
# Every assumption about the shape of the objects VMM returns is marked "ASSUMPTION" and listed in README.md.

$global:VmmStubCalls = [System.Collections.Generic.List[object]]::new()
$global:VmmFabric = @{}                      # kind -> List[object]; kind = VMM type name, e.g. 'LogicalNetwork'
$global:VmmStubNextId = 0
$global:VmmStubOverrides = @{}               # cmdlet name -> scriptblock (param($BoundParameters, $ParameterSetName))
$global:VmmStubServiceSettingNames = @{}     # template package ID -> setting names (harness-only, see Import-SCTemplate)

$global:VmmStubTypePrefix = 'Microsoft.SystemCenter.VirtualMachineManager.'
$global:VmmStubSecureStringMarker = '<SecureString>'

# Parameters that steer the VMM connection or job rather than describe the object; not copied onto created objects.
$global:VmmStubPlumbingParameters = @('VMMServer', 'RunAsynchronously', 'PROTipID', 'JobVariable', 'JobGroup', 'OnBehalfOfUser', 'OnBehalfOfUserRole')

# Get-SC* cmdlets: which kinds they return and which parameters filter on which object property.
# A filter value is a property name, a list of property names (any may match), or @{ ReverseMember = 'Prop' }
# (the object must be a member of the argument's Prop collection). Parameters that are not listed do not filter:
# the stub returns what the listed filters let through (README.md lists them).
$global:VmmStubGetters = @{
    'Get-SCBGPPeer'                    = @{ Kinds = @('BGPPeer'); Filters = @{ Name = 'Name'; ID = 'ID'; VMNetworkGateway = 'VMNetworkGateway' } }
    'Get-SCCertificate'                = @{ Kinds = @('ClientCertificate'); Filters = @{} }
    'Get-SCConfigurationProvider'      = @{ Kinds = @('ConfigurationProvider'); Filters = @{ Name = 'Name'; ProviderType = 'Type' } }
    'Get-SCCustomResource'             = @{ Kinds = @('CustomResource'); Filters = @{ Name = 'Name'; ID = 'ID'; FamilyName = 'FamilyName'; Release = 'Release' } }
    'Get-SCIPAddress'                  = @{ Kinds = @('AllocatedIPAddress'); Filters = @{ ID = 'ID'; StaticIPAddressPool = 'StaticIPAddressPool'; IPAddress = @('Address', 'IPAddress'); GrantToObjectID = 'GrantToObjectID' } }
    'Get-SCJob'                        = @{ Kinds = @('Task'); Filters = @{ Name = 'Name'; ID = 'ID' } }
    'Get-SCLibraryServer'              = @{ Kinds = @('LibraryServer'); Filters = @{ ComputerName = @('ComputerName', 'Name', 'FQDN'); ID = 'ID' } }
    'Get-SCLibraryShare'               = @{ Kinds = @('LibraryShare'); Filters = @{ ID = 'ID' } }
    'Get-SCLogicalNetwork'             = @{ Kinds = @('LogicalNetwork'); Filters = @{ Name = 'Name'; ID = 'ID' } }
    'Get-SCLogicalNetworkDefinition'   = @{ Kinds = @('LogicalNetworkDefinition'); Filters = @{ Name = 'Name'; ID = 'ID'; LogicalNetwork = 'LogicalNetwork'; VMHostGroup = @('VMHostGroup', 'HostGroups') } }
    'Get-SCLogicalSwitch'              = @{ Kinds = @('LogicalSwitch'); Filters = @{ Name = 'Name'; ID = 'ID' } }
    'Get-SCNATConnection'              = @{ Kinds = @('NATConnection'); Filters = @{ Name = 'Name'; ID = 'ID'; VMNetworkGateway = 'VMNetworkGateway'; VMNetwork = 'VMNetwork' } }
    'Get-SCNativeUplinkPortProfile'    = @{ Kinds = @('NativeUplinkPortProfile'); Filters = @{ Name = 'Name'; ID = 'ID' } }
    'Get-SCNetworkConnection'          = @{ Kinds = @('NetworkServiceConnection'); Filters = @{ ID = 'ID'; Service = 'Service' } }
    # ASSUMPTION: a gateway added with Add-SCNetworkService is also returned by Get-SCNetworkGateway (COMM's script does this).
    'Get-SCNetworkGateway'             = @{ Kinds = @('NetworkGateway', 'NetworkService'); Filters = @{ Name = 'Name'; ID = 'ID' } }
    'Get-SCNetworkRoute'               = @{ Kinds = @('NetworkRoute'); Filters = @{ ID = 'ID'; Gateway = 'VMNetworkGateway'; VPNConnection = 'VPNConnection' } }
    'Get-SCNetworkService'             = @{ Kinds = @('NetworkService'); Filters = @{ Name = 'Name'; ID = 'ID'; ServiceType = 'ServiceType' } }
    'Get-SCNetworkServiceCapabilities' = @{ Kinds = @('NetworkServiceCapabilities'); Filters = @{} }
    'Get-SCRunAsAccount'               = @{ Kinds = @('RunAsAccount'); Filters = @{ Name = 'Name'; ID = 'ID'; IsEnabled = 'Enabled' } }
    'Get-SCServiceConfiguration'       = @{ Kinds = @('ServiceConfiguration'); Filters = @{ Name = 'Name'; ID = 'ID' } }
    'Get-SCServiceSetting'             = @{ Kinds = @('ServiceSetting'); Filters = @{ Name = 'Name'; ServiceTemplate = 'ServiceTemplate'; ServiceConfiguration = 'ServiceConfiguration'; Service = 'Service' } }
    'Get-SCServiceTemplate'            = @{ Kinds = @('ServiceTemplate'); Filters = @{ Name = 'Name'; ID = 'ID' } }
    'Get-SCStaticIPAddressPool'        = @{ Kinds = @('StaticIPAddressPool'); Filters = @{ Name = 'Name'; ID = 'ID'; LogicalNetworkDefinition = 'LogicalNetworkDefinition'; VMSubnet = 'VMSubnet'; Subnet = 'Subnet' } }
    'Get-SCStorageFileServer'          = @{ Kinds = @('StorageFileServer'); Filters = @{ Name = 'Name'; ID = 'ID' } }
    'Get-SCStorageFileShare'           = @{ Kinds = @('StorageFileShare'); Filters = @{ Name = 'Name'; ID = 'ID'; VMHostCluster = @{ ReverseMember = 'RegisteredStorageFileShares' }; VMHost = @{ ReverseMember = 'RegisteredStorageFileShares' } } }
    'Get-SCTemplatePackage'            = @{ Kinds = @('Package'); Filters = @{ Path = 'Path' } }
    'Get-SCUplinkPortProfileSet'       = @{ Kinds = @('UplinkPortProfileSet'); Filters = @{ Name = 'Name'; ID = 'ID'; LogicalSwitch = 'LogicalSwitch' } }
    'Get-SCVMHost'                     = @{ Kinds = @('Host'); Filters = @{ ComputerName = @('ComputerName', 'Name', 'FullyQualifiedDomainName'); ID = 'ID'; VMHostGroup = 'VMHostGroup'; VMHostCluster = 'HostCluster' } }
    'Get-SCVMHostCluster'              = @{ Kinds = @('HostCluster'); Filters = @{ Name = @('Name', 'ClusterName'); ID = 'ID'; VMHostGroup = 'VMHostGroup' } }
    'Get-SCVMHostGroup'                = @{ Kinds = @('HostGroup'); Filters = @{ Name = 'Name'; ID = 'ID'; ParentHostGroup = 'ParentHostGroup' } }
    'Get-SCVMHostNetworkAdapter'       = @{ Kinds = @('HostNetworkAdapter'); Filters = @{ Name = 'Name'; ID = 'ID'; VMHost = 'VMHost' } }
    'Get-SCVMNetwork'                  = @{ Kinds = @('VMNetwork'); Filters = @{ Name = 'Name'; ID = 'ID'; LogicalNetwork = 'LogicalNetwork' } }
    'Get-SCVMNetworkGateway'           = @{ Kinds = @('VMNetworkGateway'); Filters = @{ Name = 'Name'; ID = 'ID'; VMNetwork = 'VMNetwork' } }
    'Get-SCVMSubnet'                   = @{ Kinds = @('VMSubnet'); Filters = @{ Name = 'Name'; ID = 'ID'; VMNetwork = 'VMNetwork'; Subnet = 'Subnet' } }
    'Get-SCVPNConnection'              = @{ Kinds = @('VPNConnection'); Filters = @{ Name = 'Name'; ID = 'ID'; VMNetworkGateway = 'VMNetworkGateway' } }
    'Get-SCVirtualHardDisk'            = @{ Kinds = @('VirtualHardDisk'); Filters = @{ Name = 'Name'; ID = 'ID'; FamilyName = 'FamilyName'; Release = 'Release' } }
    'Get-SCVirtualNetwork'             = @{ Kinds = @('VirtualNetwork'); Filters = @{ Name = 'Name'; ID = 'ID'; VMHost = 'VMHost' } }
    'Get-SCVirtualNetworkAdapter'      = @{ Kinds = @('VirtualNetworkAdapter'); Filters = @{ Name = 'Name'; ID = 'ID'; VMHost = 'VMHost' } }
}

# New-/Add-/Import-/Register-/Grant- cmdlets: the kind they create and extra properties (beyond Name, ID and the bound
# parameters). Register-SCStorageFileShare, Import-SCTemplate, New-SCServiceConfiguration, New-SCService and
# New-SCRunAsAccount have extra behaviour in New-VmmStubCreatedObject.
$global:VmmStubCreators = @{
    'Add-SCBGPPeer'                  = @{ Kind = 'BGPPeer' }
    'Add-SCNATConnection'            = @{ Kind = 'NATConnection' }
    'Add-SCNATRule'                  = @{ Kind = 'NATRule' }
    'Add-SCNetworkConnection'        = @{ Kind = 'NetworkServiceConnection' }
    'Add-SCNetworkGateway'           = @{ Kind = 'NetworkGateway' }
    'Add-SCNetworkRoute'             = @{ Kind = 'NetworkRoute' }
    # ASSUMPTION: this harness only adds gateways, so every network service it creates reports ServiceType 'Gateway'.
    'Add-SCNetworkService'           = @{ Kind = 'NetworkService'; Extra = @{ ServiceType = 'Gateway' } }
    # ASSUMPTION (brief + COMM): a freshly added cluster reports Status 'OK'; Nodes is computed from the Host objects.
    'Add-SCVMHostCluster'            = @{ Kind = 'HostCluster'; Extra = @{ Status = 'OK' } }
    'Add-SCVMNetworkGateway'         = @{ Kind = 'VMNetworkGateway' }
    'Add-SCVPNConnection'            = @{ Kind = 'VPNConnection' }
    'Grant-SCIPAddress'              = @{ Kind = 'AllocatedIPAddress' }
    'Import-SCTemplate'              = @{ Kind = 'ServiceTemplate' }
    'New-SCDefaultGateway'           = @{ Kind = 'DefaultGateway' }
    'New-SCGatewayRoleConfiguration' = @{ Kind = 'GatewayRoleConfiguration' }
    'New-SCLogicalNetwork'           = @{ Kind = 'LogicalNetwork' }
    'New-SCLogicalNetworkDefinition' = @{ Kind = 'LogicalNetworkDefinition' }
    'New-SCLogicalSwitch'            = @{ Kind = 'LogicalSwitch' }
    'New-SCNativeUplinkPortProfile'  = @{ Kind = 'NativeUplinkPortProfile' }
    'New-SCNetworkRoute'             = @{ Kind = 'NetworkRoute' }
    'New-SCPackageMapping'           = @{ Kind = 'PackageMapping' }
    'New-SCRunAsAccount'             = @{ Kind = 'RunAsAccount' }
    'New-SCService'                  = @{ Kind = 'Service' }
    'New-SCServiceConfiguration'     = @{ Kind = 'ServiceConfiguration' }
    'New-SCStaticIPAddressPool'      = @{ Kind = 'StaticIPAddressPool' }
    'New-SCSubnetVLan'               = @{ Kind = 'SubnetVLan' }
    'New-SCUplinkPortProfileSet'     = @{ Kind = 'UplinkPortProfileSet' }
    'New-SCVMNetwork'                = @{ Kind = 'VMNetwork' }
    'New-SCVMSubnet'                 = @{ Kind = 'VMSubnet' }
    'New-SCVirtualNetwork'           = @{ Kind = 'VirtualNetwork' }
    'Register-SCStorageFileShare'    = @{ Kind = 'StorageFileShare' }
}

# ---------------------------------------------------------------------------------------------------------------------
# Fabric primitives (also used by the C# harness to seed, inspect and remove objects).

function global:Get-VmmProperty {
    param($InputObject, [string]$PropertyName)
    if ($null -eq $InputObject) { return $null }
    $p = $InputObject.PSObject.Properties[$PropertyName]
    if ($null -eq $p) { return $null }
    return $p.Value
}

function global:Get-VmmFabricList {
    param([string]$Kind)
    if (-not $global:VmmFabric.ContainsKey($Kind)) {
        $global:VmmFabric[$Kind] = [System.Collections.Generic.List[object]]::new()
    }
    return , $global:VmmFabric[$Kind]
}

function global:New-VmmStubId {
    $global:VmmStubNextId++
    # Deterministic IDs (same script + same seed => same IDs), formatted like a random v4 GUID.
    return [guid]::new(('00000000-0000-4000-8000-{0:x12}' -f $global:VmmStubNextId))
}

function global:New-VmmFabricObject {
    # Creates a fabric object of $Kind with the given properties (Name first when present, ID last), stores it, returns it.
    param([Parameter(Mandatory)][string]$Kind, [System.Collections.IDictionary]$Properties = @{}, [switch]$NoStore)
    $ordered = [ordered]@{}
    if ($Properties.Contains('Name')) { $ordered['Name'] = $Properties['Name'] }
    foreach ($key in $Properties.Keys) {
        if ($key -ne 'Name' -and $key -ne 'ID') { $ordered[$key] = $Properties[$key] }
    }
    $ordered['ID'] = if ($Properties.Contains('ID') -and $null -ne $Properties['ID']) { [guid]$Properties['ID'] } else { New-VmmStubId }
    $obj = [pscustomobject]$ordered
    $obj.PSObject.TypeNames.Insert(0, 'VmmStub.FabricObject')
    $obj.PSObject.TypeNames.Insert(0, $global:VmmStubTypePrefix + $Kind)
    Add-VmmKindMembers -InputObject $obj -Kind $Kind
    if (-not $NoStore) { (Get-VmmFabricList -Kind $Kind).Add($obj) }
    return $obj
}

function global:Add-VmmKindMembers {
    # Computed properties that real VMM objects expose and scripts commonly read.
    param($InputObject, [string]$Kind)
    switch ($Kind) {
        'HostCluster' {
            # ASSUMPTION: HostCluster.Nodes lists the Host objects whose HostCluster is this cluster.
            Add-Member -InputObject $InputObject -MemberType ScriptProperty -Name Nodes -Value {
                $cluster = $this
                $nodes = [System.Collections.Generic.List[object]]::new()
                foreach ($h in (Get-VmmFabricList -Kind 'Host')) {
                    if (Test-VmmSameObject (Get-VmmProperty $h 'HostCluster') $cluster) { $nodes.Add($h) }
                }
                return , $nodes.ToArray()
            }
            if ($null -eq $InputObject.PSObject.Properties['RegisteredStorageFileShares']) {
                Add-Member -InputObject $InputObject -MemberType NoteProperty -Name RegisteredStorageFileShares -Value ([System.Collections.Generic.List[object]]::new())
            }
        }
    }
}

function global:Add-VmmFabricSeed {
    # Seeds many objects in one call (PowerShellHarness.Seed). Each item: @{ Kind; Properties; ServiceSettingNames }.
    # A property value (or array element) @{ FabricRefKind = 'HostGroup'; FabricRefName = 'All Hosts' } is a reference,
    # resolved after all items exist, so an object may refer to one seeded after it.
    param([object[]]$Items)
    $created = [System.Collections.Generic.List[object]]::new()
    foreach ($item in $Items) {
        $obj = New-VmmFabricObject -Kind $item.Kind -Properties $item.Properties
        if ($null -ne $item.ServiceSettingNames) { $global:VmmStubServiceSettingNames[[string]$obj.ID] = @($item.ServiceSettingNames) }
        $created.Add($obj)
    }
    for ($i = 0; $i -lt $created.Count; $i++) {
        $props = $Items[$i].Properties
        foreach ($key in @($props.Keys)) {
            $created[$i].PSObject.Properties[$key].Value = Resolve-VmmFabricRef $props[$key]
        }
    }
}

function global:Resolve-VmmFabricRef {
    param($Value)
    if ($Value -is [System.Collections.IDictionary] -and $Value.Contains('FabricRefKind')) {
        $found = Get-VmmFabricObject -Kind $Value['FabricRefKind'] -Name $Value['FabricRefName']
        if ($found.Count -ne 1) { throw "Seed reference $($Value['FabricRefKind']) '$($Value['FabricRefName'])' matches $($found.Count) objects." }
        return $found[0]
    }
    if ($Value -is [object[]]) {
        $items = [System.Collections.Generic.List[object]]::new()
        foreach ($v in $Value) { $items.Add((Resolve-VmmFabricRef $v)) }
        return , $items.ToArray()
    }
    return $Value
}

function global:Get-VmmFabricObject {
    param([Parameter(Mandatory)][string]$Kind, [string]$Name)
    $result = [System.Collections.Generic.List[object]]::new()
    foreach ($o in (Get-VmmFabricList -Kind $Kind)) {
        if (-not $PSBoundParameters.ContainsKey('Name') -or (Get-VmmProperty $o 'Name') -eq $Name) { $result.Add($o) }
    }
    return , $result.ToArray()
}

function global:Remove-VmmFabricObject {
    # Removes every object of $Kind named $Name; returns how many were removed.
    param([Parameter(Mandatory)][string]$Kind, [Parameter(Mandatory)][string]$Name)
    $list = Get-VmmFabricList -Kind $Kind
    $removed = 0
    for ($i = $list.Count - 1; $i -ge 0; $i--) {
        if ((Get-VmmProperty $list[$i] 'Name') -eq $Name) { $list.RemoveAt($i); $removed++ }
    }
    return $removed
}

function global:Test-VmmSameObject {
    param($Left, $Right)
    if ($null -eq $Left -or $null -eq $Right) { return $false }
    $l = Get-VmmProperty $Left 'ID'
    $r = Get-VmmProperty $Right 'ID'
    if ($null -ne $l -and $null -ne $r) { return ([string]$l) -eq ([string]$r) }
    return [object]::ReferenceEquals($Left.PSObject.BaseObject, $Right.PSObject.BaseObject)
}

function global:Test-VmmValueMatch {
    # True when a bound filter value matches a property value. Strings, enums and GUIDs compare as case-insensitive
    # strings (VMM name filters are exact, case-insensitive matches: ASSUMPTION); objects compare by ID; a collection
    # property matches when any element does.
    param($PropertyValue, $FilterValue)
    if ($null -eq $PropertyValue) { return $false }
    if ($PropertyValue -is [System.Collections.IEnumerable] -and $PropertyValue -isnot [string]) {
        foreach ($item in $PropertyValue) { if (Test-VmmValueMatch $item $FilterValue) { return $true } }
        return $false
    }
    if ($FilterValue -is [string] -or $FilterValue -is [ValueType] -or $PropertyValue -is [string] -or $PropertyValue -is [ValueType]) {
        return ([string]$PropertyValue) -eq ([string]$FilterValue)
    }
    return Test-VmmSameObject $PropertyValue $FilterValue
}

# ---------------------------------------------------------------------------------------------------------------------
# Called by the generated stubs.

function global:ConvertTo-VmmStubRecordedValue {
    param($Value)
    if ($null -eq $Value) { return $null }
    if ($Value -is [securestring]) { return $global:VmmStubSecureStringMarker }
    if ($Value -is [pscredential]) { return '<PSCredential:' + $Value.UserName + '>' }
    if ($Value -is [switch]) { return $Value.IsPresent }
    if ($Value -is [string]) { return $Value }
    if ($Value -is [System.Collections.IDictionary]) {
        $copy = [ordered]@{}
        foreach ($key in $Value.Keys) { $copy[$key] = ConvertTo-VmmStubRecordedValue $Value[$key] }
        return $copy
    }
    if ($Value -is [System.Collections.IEnumerable]) {
        $items = [System.Collections.Generic.List[object]]::new()
        foreach ($item in $Value) { $items.Add((ConvertTo-VmmStubRecordedValue $item)) }
        return , $items.ToArray()
    }
    return $Value
}

function global:Invoke-VmmStub {
    param([string]$Cmdlet, [string]$ParameterSetName, [System.Collections.IDictionary]$BoundParameters)

    # A case-insensitive ordered copy: the stub's $PSBoundParameters is a Dictionary whose IDictionary.Contains is explicit.
    $bound = [ordered]@{}
    foreach ($key in $BoundParameters.Keys) { $bound[$key] = $BoundParameters[$key] }
    $recorded = [ordered]@{}
    foreach ($key in $bound.Keys) { $recorded[$key] = ConvertTo-VmmStubRecordedValue $bound[$key] }
    $global:VmmStubCalls.Add([pscustomobject]@{ Cmdlet = $Cmdlet; ParameterSet = $ParameterSetName; Parameters = $recorded })

    if ($global:VmmStubOverrides.ContainsKey($Cmdlet)) {
        $override = $global:VmmStubOverrides[$Cmdlet]
        return & $override $bound $ParameterSetName
    }
    if ($global:VmmStubGetters.ContainsKey($Cmdlet)) {
        return Find-VmmStubObjects -Getter $global:VmmStubGetters[$Cmdlet] -BoundParameters $bound
    }
    if ($global:VmmStubCreators.ContainsKey($Cmdlet)) {
        return New-VmmStubCreatedObject -Cmdlet $Cmdlet -Creator $global:VmmStubCreators[$Cmdlet] -BoundParameters $bound
    }
    # Set-/Read-/Start-/Test-/Update- cmdlets only record. ASSUMPTION: the script does not use their output.
}

function global:Find-VmmStubObjects {
    param([hashtable]$Getter, [System.Collections.IDictionary]$BoundParameters)
    foreach ($kind in $Getter.Kinds) {
        foreach ($obj in (Get-VmmFabricList -Kind $kind).ToArray()) {
            $match = $true
            foreach ($parameter in $Getter.Filters.Keys) {
                if (-not $BoundParameters.Contains($parameter)) { continue }
                $filter = $Getter.Filters[$parameter]
                $value = $BoundParameters[$parameter]
                if ($filter -is [hashtable]) {
                    $match = Test-VmmValueMatch (Get-VmmProperty $value $filter.ReverseMember) $obj
                }
                else {
                    $match = $false
                    foreach ($property in @($filter)) {
                        if (Test-VmmValueMatch (Get-VmmProperty $obj $property) $value) { $match = $true; break }
                    }
                }
                if (-not $match) { break }
            }
            if ($match) { $obj }
        }
    }
}

function global:New-VmmStubCreatedObject {
    param([string]$Cmdlet, [hashtable]$Creator, [System.Collections.IDictionary]$BoundParameters)

    # The object is the bound parameters (minus connection/job plumbing and secrets) plus the creator's extras.
    $properties = [ordered]@{}
    foreach ($key in $BoundParameters.Keys) {
        if ($global:VmmStubPlumbingParameters -contains $key) { continue }
        $value = $BoundParameters[$key]
        if ($value -is [securestring] -or $value -is [pscredential]) { continue }
        if ($value -is [switch]) { $value = $value.IsPresent }
        $properties[$key] = $value
    }
    if ($Creator.ContainsKey('Extra')) {
        foreach ($key in $Creator.Extra.Keys) { $properties[$key] = $Creator.Extra[$key] }
    }

    switch ($Cmdlet) {
        'New-SCRunAsAccount' {
            # ASSUMPTION: RunAsAccount exposes UserName and Domain (split from DOMAIN\user) and Enabled.
            $user = $BoundParameters['Credential'].UserName
            $domain = $null
            if ($user -match '^(?<d>[^\\]+)\\(?<u>.+)$') { $domain = $Matches['d']; $user = $Matches['u'] }
            $properties['UserName'] = $user
            $properties['Domain'] = $domain
            $properties['Enabled'] = $true
        }
        'Import-SCTemplate' {
            # ASSUMPTION: the template takes Name and Release from the package unless -Name/-Release are given, and gets one
            # ServiceSetting per setting name the test registered for the package (harness-only table, no VMM property).
            $package = $null
            if ($BoundParameters.Contains('TemplatePackage')) { $package = $BoundParameters['TemplatePackage'] }
            elseif ($BoundParameters.Contains('Path')) {
                foreach ($p in (Get-VmmFabricList -Kind 'Package')) { if ((Get-VmmProperty $p 'Path') -eq $BoundParameters['Path']) { $package = $p } }
            }
            if (-not $properties.Contains('Name')) { $properties['Name'] = Get-VmmProperty $package 'Name' }
            if (-not $properties.Contains('Release')) { $properties['Release'] = Get-VmmProperty $package 'Release' }
            $template = New-VmmFabricObject -Kind 'ServiceTemplate' -Properties $properties
            $packageId = [string](Get-VmmProperty $package 'ID')
            if ($null -ne $package -and $global:VmmStubServiceSettingNames.ContainsKey($packageId)) {
                foreach ($settingName in $global:VmmStubServiceSettingNames[$packageId]) {
                    $null = New-VmmFabricObject -Kind 'ServiceSetting' -Properties ([ordered]@{ Name = $settingName; Value = $null; ServiceTemplate = $template })
                }
            }
            return $template
        }
        'New-SCServiceConfiguration' {
            # ASSUMPTION: a configuration starts with a copy of each of its template's settings.
            $configuration = New-VmmFabricObject -Kind 'ServiceConfiguration' -Properties $properties
            foreach ($s in (Get-VmmFabricList -Kind 'ServiceSetting').ToArray()) {
                if (Test-VmmSameObject (Get-VmmProperty $s 'ServiceTemplate') $BoundParameters['ServiceTemplate']) {
                    $null = New-VmmFabricObject -Kind 'ServiceSetting' -Properties ([ordered]@{ Name = (Get-VmmProperty $s 'Name'); Value = (Get-VmmProperty $s 'Value'); ServiceConfiguration = $configuration })
                }
            }
            return $configuration
        }
        'New-SCService' {
            # ASSUMPTION: the service is named after its configuration.
            $properties['Name'] = Get-VmmProperty $BoundParameters['ServiceConfiguration'] 'Name'
        }
        'Register-SCStorageFileShare' {
            # ASSUMPTION: registering adds the share to the target's RegisteredStorageFileShares and returns the share;
            # with -FileSharePath a share object is found (by SharePath) or created.
            $share = $null
            if ($BoundParameters.Contains('StorageFileShare')) { $share = $BoundParameters['StorageFileShare'] }
            else {
                $path = $BoundParameters['FileSharePath']
                foreach ($s in (Get-VmmFabricList -Kind 'StorageFileShare')) { if ((Get-VmmProperty $s 'SharePath') -eq $path) { $share = $s } }
                if ($null -eq $share) {
                    $share = New-VmmFabricObject -Kind 'StorageFileShare' -Properties ([ordered]@{ Name = ($path -split '\\')[-1]; SharePath = $path })
                }
            }
            $target = $null
            foreach ($key in @('VMHostCluster', 'VMHost', 'LibraryServer')) { if ($BoundParameters.Contains($key)) { $target = $BoundParameters[$key] } }
            if ($null -ne $target) {
                if ($null -eq $target.PSObject.Properties['RegisteredStorageFileShares']) {
                    Add-Member -InputObject $target -MemberType NoteProperty -Name RegisteredStorageFileShares -Value ([System.Collections.Generic.List[object]]::new())
                }
                $already = $false
                foreach ($s in $target.RegisteredStorageFileShares) { if (Test-VmmSameObject $s $share) { $already = $true } }
                if (-not $already) { $target.RegisteredStorageFileShares.Add($share) }
            }
            return $share
        }
    }

    return New-VmmFabricObject -Kind $Creator.Kind -Properties $properties
}
