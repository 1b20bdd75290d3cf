using BorderMap.Storage.GeoPackage;

namespace BorderMap.Storage.Tests;

/// <summary>The store contract on the GeoPackage backend, each test with its own files in a temporary folder.</summary>
public sealed class GeoPackageStoreTests : ClaimStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override Task<IClaimStore> OpenNewStoreAsync(StoreSeed seed) =>
        Task.FromResult<IClaimStore>(GeoPackageClaimStore.Open(_folder.NewFile(".gpkg"), TestData.Geodata.Areas, seed));

    public void Dispose() => _folder.Dispose();
}
