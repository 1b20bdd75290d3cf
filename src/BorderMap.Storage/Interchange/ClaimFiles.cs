using System.Text;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.GeoPackage;

namespace BorderMap.Storage.Interchange;

/// <summary>The file formats claims are imported from and exported to.</summary>
public enum ClaimFileFormat
{
    GeoJson,
    Csv,
    Gpkg,
}

/// <summary>
/// Reads and writes claim files by format. Exports are written to a temporary file beside the
/// target and renamed over it only when complete, so an interrupted export never leaves a
/// truncated file where a good one was.
/// </summary>
public static class ClaimFiles
{
    /// <summary>The format a file name implies: .geojson/.json, .csv or .gpkg; null for anything else.</summary>
    public static ClaimFileFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".geojson" or ".json" => ClaimFileFormat.GeoJson,
        ".csv" => ClaimFileFormat.Csv,
        ".gpkg" => ClaimFileFormat.Gpkg,
        _ => null,
    };

    /// <summary>A claim field as the file names it: CSV has its own column names; GeoJSON uses the field names.</summary>
    public static string FieldName(string path, string field) => FormatOf(path) == ClaimFileFormat.Csv ? ClaimCsv.ColumnFor(field) : field;

    /// <exception cref="ClaimFileException">the file as a whole cannot be read.</exception>
    public static async Task<IReadOnlyList<ImportRow>> ReadAsync(string path, AreaCatalog areas, CancellationToken cancel = default)
    {
        await using var input = File.OpenRead(path);
        switch (FormatOf(path))
        {
            case ClaimFileFormat.GeoJson:
                return await GeoJsonClaimFile.ReadAsync(input, cancel);
            case ClaimFileFormat.Csv:
                using (var reader = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: true)))
                {
                    return ClaimCsv.Read(reader, areas);
                }

            default:
                throw new ClaimFileException("file", "import reads .geojson, .json and .csv files");
        }
    }

    /// <summary>
    /// Writes <paramref name="claims"/> as the format says, reading them once, in order, as they
    /// come: a stream of a store's claims is written a page at a time, however many there are.
    /// </summary>
    public static async Task WriteAsync(string path, ClaimFileFormat format, IReadOnlyList<Source> sources, IEnumerable<Claim> claims, AreaCatalog areas, CancellationToken cancel = default)
    {
        var target = Path.GetFullPath(path);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            if (format == ClaimFileFormat.Gpkg)
            {
                // A new store with the sources, into which the claims are imported with their ids and bookkeeping, is exactly a GeoPackage export.
                await using var store = GeoPackageClaimStore.Open(temporary, areas, StoreSeed.Empty with { Sources = sources });
                await store.ImportAsync(claims.Select(c => new ClaimDraft(c.Id, c.Data, c.Data.Refs.Count > 0 ? null : c.Geometry)), new ImportOptions(), cancel);
            }
            else
            {
                await using var output = File.Create(temporary);
                if (format == ClaimFileFormat.GeoJson)
                {
                    await GeoJsonClaimFile.WriteAsync(output, claims, cancel);
                }
                else
                {
                    await using var writer = new StreamWriter(output, new UTF8Encoding(false));
                    await ClaimCsv.WriteAsync(writer, claims);
                }
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
