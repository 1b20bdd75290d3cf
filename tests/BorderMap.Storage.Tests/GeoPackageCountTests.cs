namespace BorderMap.Storage.Tests;

/// <summary>The store contract's counts on the GeoPackage backend, each test with its own file.</summary>
public sealed class GeoPackageCountTests(SeededGeoPackage seeded) : ClaimCountContract, IClassFixture<SeededGeoPackage>
{
    protected override ContractBackend Backend { get; } = new GeoPackageContractBackend(seeded);
}
