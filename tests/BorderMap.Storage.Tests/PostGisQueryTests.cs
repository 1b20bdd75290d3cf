namespace BorderMap.Storage.Tests;

/// <summary>The store contract's reads on the PostGIS backend, each test with its own database on a server of their own, beside the other PostGIS tests.</summary>
[Collection(PostGisQueryGroup.Name)]
public sealed class PostGisQueryTests(PostGisServer server) : ClaimQueryContract
{
    protected override ContractBackend Backend { get; } = new PostGisContractBackend(server);
}
