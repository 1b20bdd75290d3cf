using BorderMap.Storage.GeoPackage;

namespace BorderMap.Storage.Tests;

/// <summary>The store contract on the GeoPackage backend, each test with its own files in a temporary folder.</summary>
public sealed class GeoPackageStoreTests : ClaimStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private string? _path;

    protected override Task<IClaimStore> OpenNewStoreAsync(StoreSeed seed)
    {
        _path = _folder.NewFile(".gpkg");
        return Task.FromResult<IClaimStore>(GeoPackageClaimStore.Open(_path, TestData.Geodata.Areas, seed));
    }

    protected override Task<IClaimStore> OpenSameStoreAsync() =>
        Task.FromResult<IClaimStore>(GeoPackageClaimStore.Open(_path!, TestData.Geodata.Areas, TestData.Seed));

    public void Dispose() => _folder.Dispose();
}
