namespace BorderMap.Storage.Tests;

/// <summary>The store contract's writes on the GeoPackage backend, each test with its own file.</summary>
public sealed class GeoPackageStoreTests(SeededGeoPackage seeded) : ClaimStoreContract, IClassFixture<SeededGeoPackage>
{
    protected override ContractBackend Backend { get; } = new GeoPackageContractBackend(seeded);
}
