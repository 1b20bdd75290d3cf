namespace BorderMap.Storage.Tests;

/// <summary>The store contract's counts on the PostGIS backend, each test with its own database on a server of their own, beside the other PostGIS tests.</summary>
[Collection(PostGisCountGroup.Name)]
public sealed class PostGisCountTests(PostGisServer server) : ClaimCountContract
{
    protected override ContractBackend Backend { get; } = new PostGisContractBackend(server);
}
