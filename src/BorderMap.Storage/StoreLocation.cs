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
    /// <param name="readOnly">
    /// For a command that only reads: an existing GeoPackage file is opened read-only and left byte
    /// for byte as it was (<see cref="GeoPackageClaimStore.OpenReadOnly"/>); a missing one is still
    /// created and seeded, as on any first use. A PostgreSQL store opens as usual.
    /// </param>
    /// <param name="readLocation">A streaming replica of a PostgreSQL store to read from (see <see cref="PostGis.PostGisClaimStore.Open"/>); only for a PostgreSQL store.</param>
    public static IClaimStore Open(string location, AreaCatalog areas, StoreSeed seed, string? readLocation = null, bool readOnly = false) =>
        Prepare(location, readLocation, readOnly)(areas, seed);

    /// <summary>
    /// The part of <see cref="Open"/> that needs no boundaries, done now: a PostgreSQL database is
    /// connected to and migrated (<see cref="PostGis.PostGisClaimStore.Migrate"/>), so that a caller can
    /// do it beside loading them. What it returns opens the store with them.
    /// </summary>
    /// <exception cref="StoreFormatException">the location holds something else, or the database cannot be used.</exception>
    public static Func<AreaCatalog, StoreSeed, IClaimStore> Prepare(string location, string? readLocation = null, bool readOnly = false)
    {
        if (!PostGis.PostGisAddress.IsPostgres(location))
        {
            return readLocation is not null ? throw new StoreFormatException(location, "a read replica (--read-store) serves only a PostgreSQL store; a GeoPackage file has none")
                : (areas, seed) => readOnly && File.Exists(location) ? GeoPackageClaimStore.OpenReadOnly(location, areas) : GeoPackageClaimStore.Open(location, areas, seed);
        }

        if (readLocation is not null && !PostGis.PostGisAddress.IsPostgres(readLocation))
        {
            throw new StoreFormatException(PostGis.PostGisAddress.Describe(location), "the read replica (--read-store) must be a PostgreSQL address too, such as postgresql://user@replica:5432/db");
        }

        var database = PostGis.PostGisClaimStore.Migrate(location);
        return (areas, seed) => PostGis.PostGisClaimStore.Open(database, areas, seed, readLocation: readLocation);
    }
}
