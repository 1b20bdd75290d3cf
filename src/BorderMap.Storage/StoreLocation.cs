using BorderMap.Core.Areas;
using BorderMap.Storage.GeoPackage;

namespace BorderMap.Storage;

/// <summary>
/// Where the store is and how it is opened. The location is the <c>--store</c> option if given,
/// else the <c>BORDERMAP_STORE</c> environment variable, else <c>claims.gpkg</c> in the user's
/// data folder (<c>~/.local/share/BorderMap</c> on Linux, <c>%LOCALAPPDATA%\BorderMap</c> on Windows).
/// </summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "BORDERMAP_STORE";

    public static string Default { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "BorderMap",
        "claims.gpkg");

    public static string Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Default;

    /// <summary>
    /// Opens the store at <paramref name="location"/>, seeding it on first use: a PostgreSQL database
    /// for a <c>postgresql://</c> address or an Npgsql connection string (<see cref="PostGis.PostGisAddress"/>),
    /// else a GeoPackage file.
    /// </summary>
    /// <exception cref="StoreFormatException">the location holds something else, or the database cannot be used.</exception>
    /// <param name="readLocation">A streaming replica of a PostgreSQL store to read from (see <see cref="PostGis.PostGisClaimStore.Open"/>); only for a PostgreSQL store.</param>
    public static IClaimStore Open(string location, AreaCatalog areas, StoreSeed seed, string? readLocation = null)
    {
        if (!PostGis.PostGisAddress.IsPostgres(location))
        {
            return readLocation is null
                ? GeoPackageClaimStore.Open(location, areas, seed)
                : throw new StoreFormatException(location, "a read replica (--read-store) serves only a PostgreSQL store; a GeoPackage file has none");
        }

        if (readLocation is not null && !PostGis.PostGisAddress.IsPostgres(readLocation))
        {
            throw new StoreFormatException(PostGis.PostGisAddress.Describe(location), "the read replica (--read-store) must be a PostgreSQL address too, such as postgresql://user@replica:5432/db");
        }

        return PostGis.PostGisClaimStore.Open(location, areas, seed, readLocation: readLocation);
    }
}
