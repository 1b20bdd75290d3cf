namespace BorderMap.Storage.Tests;

/// <summary>The store contract's reads on the GeoPackage backend, each test with its own file.</summary>
public sealed class GeoPackageQueryTests(SeededGeoPackage seeded) : ClaimQueryContract, IClassFixture<SeededGeoPackage>
{
    protected override ContractBackend Backend { get; } = new GeoPackageContractBackend(seeded);
}
