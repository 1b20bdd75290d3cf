using System.CommandLine;
using BorderMap.Core.Areas;
using BorderMap.Core.Geodata;
using BorderMap.Storage;
using BorderMap.Storage.PostGis;

namespace BorderMap.App.Cli;

/// <summary>
/// The <c>--data</c> and <c>--store</c> options every verb that works on claims shares, and opening
/// what they name: the boundaries (claims are validated and placed against them) and the claim
/// store, seeded from the geodata's sources and claims on first use.
/// </summary>
internal static class ClaimsStoreOpener
{
    public static Option<DirectoryInfo?> DataOption() =>
        new("--data") { Description = "Geodata directory (default: the one shipped with the app)." };

    /// <summary>A streaming replica that serves the reads of a PostgreSQL store, so reads scale past one database machine.</summary>
    public static Option<string?> ReadStoreOption() => new("--read-store")
    {
        Description = "A streaming replica of the PostgreSQL store to read from (postgresql://user@replica:port/db). Writes and each writer's reads that follow its own writes still go to --store.",
    };

    public static Option<string?> StoreOption() => new("--store")
    {
        Description = $"The claim store: a GeoPackage file, or a PostgreSQL database as postgresql://user@host:port/db or an Npgsql connection string (default: ${StoreLocation.EnvironmentVariable}, else {StoreLocation.Default}). Created and seeded on first use.",
    };

    /// <summary>The geodata directory a verb reads: <c>--data</c>, else the one shipped beside the executable.</summary>
    public static string GeodataDirectory(DirectoryInfo? data) => data?.FullName ?? Path.Combine(AppContext.BaseDirectory, "geodata");

    /// <summary>The geodata, or null after printing which file and position are wrong (exit code 2).</summary>
    public static Task<BorderMapData?> LoadGeodataAsync(DirectoryInfo? dataDirectory) =>
        LoadAsync(dataDirectory, GeodataLoader.Load);

    private static async Task<(AreaCatalog Areas, StoreSeed Seed)?> LoadSeedAsync(DirectoryInfo? dataDirectory, bool deferClaims)
    {
        if (!deferClaims)
        {
            return await LoadGeodataAsync(dataDirectory) is { } data ? (data.Areas, StoreSeed.From(data)) : null;
        }

        return await LoadAsync<(AreaCatalog, StoreSeed)?>(dataDirectory, directory =>
        {
            var (areas, sources) = GeodataLoader.LoadBoundariesAndSources(directory);
            return (areas, StoreSeed.Deferred(sources, () => GeodataLoader.LoadClaims(directory, areas, sources)));
        });
    }

    /// <summary>What <paramref name="load"/> reads from the geodata directory, or null after printing which file and position are wrong.</summary>
    private static async Task<T?> LoadAsync<T>(DirectoryInfo? dataDirectory, Func<string, T> load)
    {
        var directory = GeodataDirectory(dataDirectory);
        try
        {
            return load(directory);
        }
        catch (GeodataException e)
        {
            await ReportAsync(directory, e);
            return default;
        }
    }

    private static Task ReportAsync(string geodataDirectory, GeodataException e) =>
        Console.Error.WriteLineAsync($"bordermap: cannot load geodata from {geodataDirectory}:\n  {e.Message}");

    /// <summary>
    /// The boundaries and the open store, or null after printing why not: the user can fix it (exit
    /// code 2). Of the geodata only the boundaries are kept; its sources and claims only seed a new
    /// store, so when the GeoPackage file already exists or the store is a PostgreSQL database, its
    /// claims are read only if the store turns out to need its seed: reading and placing them cost
    /// ~0.4 s of a PostgreSQL server's ~2.2 s of CPU to start (bench/RESULTS.md, Scale, start34).
    /// A PostgreSQL store seeds in one transaction, so a claim file's error there leaves nothing
    /// written and is reported as a geodata error. A new GeoPackage file reads them first, so that
    /// an error leaves no file behind.
    /// </summary>
    /// <param name="readOnly">The command only reads: an existing GeoPackage is left byte for byte as it was (see <see cref="StoreLocation.Open"/>).</param>
    public static async Task<(AreaCatalog Areas, IClaimStore Store)?> OpenAsync(DirectoryInfo? dataDirectory, string? storeOption, string? readStoreOption = null, bool readOnly = false)
    {
        var location = StoreLocation.Resolve(storeOption);
        var deferClaims = PostGisAddress.IsPostgres(location) || File.Exists(location);

        // A PostgreSQL store is connected to and migrated beside the boundaries' loading, which it does not need.
        var preparing = Task.Run(() => StoreLocation.Prepare(location, readStoreOption, readOnly));
        if (await LoadSeedAsync(dataDirectory, deferClaims) is not var (areas, seed))
        {
            return null;
        }

        StartupPhases.Ended("areas loaded");

        try
        {
            return (areas, (await preparing)(areas, seed));
        }
        catch (GeodataException e)
        {
            await ReportAsync(GeodataDirectory(dataDirectory), e);
            return null;
        }
        catch (Exception e) when (e is StoreFormatException or IOException or UnauthorizedAccessException)
        {
            var shown = PostGisAddress.IsPostgres(location) ? PostGisAddress.Describe(location) : location;
            await Console.Error.WriteLineAsync($"bordermap: cannot open the claim store {shown}:\n  {e.Message}");
            return null;
        }
    }
}
