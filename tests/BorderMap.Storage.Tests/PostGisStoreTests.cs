using BorderMap.Storage.PostGis;

namespace BorderMap.Storage.Tests;

/// <summary>The store contract on the PostGIS backend, each test with its own database on the shared throwaway server.</summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisStoreTests(PostGisServer server) : ClaimStoreContract
{
    protected override async Task<IClaimStore> OpenNewStoreAsync(StoreSeed seed) =>
        PostGisClaimStore.Open(await server.NewDatabaseAsync(), TestData.Geodata.Areas, seed);
}
