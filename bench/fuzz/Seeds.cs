using System.Text;
using BorderMap.Core.Geodata;
using BorderMap.Storage.Interchange;

namespace BorderMap.Fuzz;

/// <summary>
/// The valid documents mutation starts from, made by the project's own writers from the shipped
/// seed claims (a few of them, so that a mutation lands in a meaningful place more often), and the
/// boundaries and sources the readers check against.
/// </summary>
internal sealed class Seeds
{
    private const int ClaimsPerSeed = 3;

    private Seeds(BorderMapData data, byte[] geoJson, byte[] bundle, byte[] csv)
    {
        Data = data;
        GeoJson = geoJson;
        Bundle = bundle;
        Csv = csv;
    }

    public BorderMapData Data { get; }

    /// <summary>A FeatureCollection of three claims, without sources.</summary>
    public byte[] GeoJson { get; }

    /// <summary>A bundle: the smallest shipped source, then a claim that quotes it.</summary>
    public byte[] Bundle { get; }

    /// <summary>Three claims as CSV, header included.</summary>
    public byte[] Csv { get; }

    public static async Task<Seeds> LoadAsync()
    {
        var data = GeodataLoader.Load(GeodataDirectory());
        var claims = data.Claims.Take(ClaimsPerSeed).ToList();
        var smallest = data.Sources.MinBy(s => s.Text.Length)!;
        var quoting = data.Claims.FirstOrDefault(c => c.Data.Source == smallest.Id) ?? claims[0];

        using var geoJson = new MemoryStream();
        await GeoJsonClaimFile.WriteAsync(geoJson, [], claims);
        using var bundle = new MemoryStream();
        await GeoJsonClaimFile.WriteAsync(bundle, [smallest], [quoting]);
        using var csv = new MemoryStream();
        await using (var writer = new StreamWriter(csv, new UTF8Encoding(false), leaveOpen: true))
        {
            await ClaimCsv.WriteAsync(writer, claims);
        }

        return new Seeds(data, geoJson.ToArray(), bundle.ToArray(), csv.ToArray());
    }

    private static string GeodataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln")))
            {
                return Path.Combine(dir.FullName, "geodata");
            }
        }

        throw new InvalidOperationException("Run the fuzzer from inside the BorderMap repository.");
    }
}
