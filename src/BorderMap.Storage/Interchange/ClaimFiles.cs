using System.Text;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Events;
using BorderMap.Storage.Files;
using BorderMap.Storage.GeoPackage;

namespace BorderMap.Storage.Interchange;

/// <summary>The file formats claims are imported from and exported to.</summary>
public enum ClaimFileFormat
{
    GeoJson,
    Csv,
    Gpkg,

    /// <summary>Each claim's quote as a W3C Web Annotation, one per line (see <see cref="Annotations.AnnotationLines"/>).</summary>
    Annotations,

    /// <summary>ACLED's CSV export columns (see <see cref="Acled.AcledDataset"/>).</summary>
    Acled,

    /// <summary>UCDP GED's CSV columns (see <see cref="Ucdp.UcdpDataset"/>).</summary>
    Ucdp,
}

/// <summary>
/// Reads and writes claim files by format. Exports to a regular file are written to a temporary
/// file beside the target and renamed over it only when complete, so an interrupted export never
/// leaves a truncated file where a good one was.
/// </summary>
public static class ClaimFiles
{
    /// <summary>The format a file name implies: .geojson/.json, .csv or .gpkg; null for anything else.</summary>
    public static ClaimFileFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".geojson" or ".json" => ClaimFileFormat.GeoJson,
        ".csv" => ClaimFileFormat.Csv,
        ".gpkg" => ClaimFileFormat.Gpkg,
        ".jsonl" => ClaimFileFormat.Annotations,
        _ => null,
    };

    /// <summary>A claim field as the file names it: CSV (BorderMap's, ACLED's, UCDP's) has its own column names; GeoJSON uses the field names.</summary>
    public static string FieldName(string path, string field) => FormatOf(path) != ClaimFileFormat.Csv ? field
        : Datasets.DatasetFile.Recognise(path) is { } dataset ? Datasets.EventDatasets.ColumnFor(dataset, field) : ClaimCsv.ColumnFor(field);

    /// <summary>
    /// The claims of a GeoJSON or CSV file, read as the sequence is enumerated (see
    /// <see cref="GeoJsonClaimFile.Read"/> and <see cref="ClaimCsv.Read"/>), so memory does not grow with
    /// the file. The file is opened when enumeration starts and closed when it ends; each
    /// enumeration reads the file again.
    /// </summary>
    /// <exception cref="ClaimFileException">
    /// at once: the format is not importable, or the path is not a regular file;
    /// while enumerating: the file as a whole cannot be read.
    /// </exception>
    public static IEnumerable<ImportRow> Read(string path, AreaCatalog areas, CancellationToken cancel = default)
    {
        var format = FormatOf(path);
        if (format is not (ClaimFileFormat.GeoJson or ClaimFileFormat.Csv))
        {
            throw new ClaimFileException("file", "import reads .geojson, .json and .csv files");
        }

        if (InputFileKind.Refusal(path) is { } refusal)
        {
            throw new ClaimFileException("file", refusal);
        }

        if (format == ClaimFileFormat.Csv && Datasets.DatasetFile.Recognise(path) is { } dataset)
        {
            return Datasets.DatasetFile.Load(dataset, path).Rows(areas);
        }

        return format == ClaimFileFormat.GeoJson ? ReadGeoJson(path, cancel) : ReadCsv(path, areas, cancel);
    }

    /// <summary>
    /// The events a file carries, to create after its claims: a GeoJSON bundle's <c>events</c>
    /// member (see <see cref="BundleEvents"/>), or the companion file of a CSV (<see cref="EventsCsv"/>).
    /// Call after <see cref="Read"/> has accepted the path.
    /// </summary>
    /// <exception cref="ClaimFileException">the events are malformed.</exception>
    public static IReadOnlyList<EventDraft> ReadBundleEvents(string path)
    {
        if (FormatOf(path) == ClaimFileFormat.GeoJson)
        {
            using var input = OpenSequential(path);
            return GeoJsonClaimFile.ReadEvents(input);
        }

        var companion = EventsCsv.CompanionOf(path);
        if (FormatOf(path) != ClaimFileFormat.Csv || !File.Exists(companion))
        {
            return [];
        }

        using var reader = new StreamReader(companion, new UTF8Encoding(false, throwOnInvalidBytes: false));
        return EventsCsv.Read(reader, Path.GetFileName(companion));
    }

    /// <summary>
    /// The sources a GeoJSON bundle carries (see <see cref="BundleSources"/>), to register with
    /// the claims; none for a CSV file. Call after <see cref="Read"/> has accepted the path.
    /// </summary>
    /// <exception cref="ClaimFileException">the file is malformed, or a source is bad or does not match its SHA-256.</exception>
    public static IReadOnlyList<Source> ReadBundleSources(string path)
    {
        if (FormatOf(path) == ClaimFileFormat.Csv && Datasets.DatasetFile.Recognise(path) is { } dataset)
        {
            return [Datasets.DatasetFile.Load(dataset, path).Source];
        }

        if (FormatOf(path) != ClaimFileFormat.GeoJson)
        {
            return [];
        }

        using var input = OpenSequential(path);
        return GeoJsonClaimFile.ReadSources(input);
    }

    /// <summary>The position of the row at <paramref name="ordinal"/> (0-based, in file order), as the file's reader names it without a line number.</summary>
    public static string PositionOf(string path, long ordinal) =>
        FormatOf(path) == ClaimFileFormat.Csv ? $"row {ordinal + 2}" : $"feature {ordinal + 1}";

    private static IEnumerable<ImportRow> ReadGeoJson(string path, CancellationToken cancel)
    {
        using var input = OpenSequential(path);
        foreach (var row in GeoJsonClaimFile.Read(input, cancel))
        {
            yield return row;
        }
    }

    private static IEnumerable<ImportRow> ReadCsv(string path, AreaCatalog areas, CancellationToken cancel)
    {
        // Invalid UTF-8 decodes as U+FFFD, which the CSV reader refuses with the row it is on.
        var eventOf = File.Exists(EventsCsv.CompanionOf(path)) ? EventExchange.EventOfClaim(ReadBundleEvents(path)) : null;
        using var reader = new StreamReader(OpenSequential(path), new UTF8Encoding(false, throwOnInvalidBytes: false));
        foreach (var row in ClaimCsv.Read(reader, areas, eventOf, cancel))
        {
            yield return row;
        }
    }

    /// <summary>Unbuffered: both readers keep buffers of their own.</summary>
    private static FileStream OpenSequential(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

    /// <summary>
    /// Writes <paramref name="claims"/> as the format says, reading them once, in order, as they
    /// come: a stream of a store's claims is written a page at a time, however many there are.
    /// The path is written as <see cref="OutputPath"/> says: a regular file is replaced atomically,
    /// a FIFO or character device is written in place, a symbolic link is followed.
    /// </summary>
    /// <param name="events">the events to carry: a GeoJSON bundle's <c>events</c>, a GeoPackage's events, a CSV's <c>event</c> column and companion file (<see cref="EventsCsv"/>).</param>
    /// <exception cref="OutputPathException">the path cannot be written (a directory, a missing directory, a GeoPackage to a FIFO …).</exception>
    public static async Task WriteAsync(string path, ClaimFileFormat format, IReadOnlyList<Source> sources, IEnumerable<Claim> claims, AreaCatalog areas, IReadOnlyList<EventDraft>? events = null, CancellationToken cancel = default)
    {
        events ??= [];
        var output = OutputPath.Resolve(path);
        if (output.InPlace)
        {
            if (format == ClaimFileFormat.Gpkg)
            {
                throw new OutputPathException($"'{path}' is a FIFO or device; a GeoPackage is a database and needs a regular file");
            }

            await using var stream = output.OpenInPlace();
            await WriteTextAsync(stream, format, sources, claims, events, areas, cancel);
            return;
        }

        var temporary = output.NewTemporaryPath();
        try
        {
            if (format == ClaimFileFormat.Gpkg)
            {
                // A new store with the sources, into which the claims are imported with their ids and bookkeeping, is exactly a GeoPackage export.
                await using var store = GeoPackageClaimStore.Open(temporary, areas, StoreSeed.Empty with { Sources = sources });
                await store.ImportAsync(claims.Select(ClaimDraft.Of), new ImportOptions(Events: events), cancel);
            }
            else
            {
                await using var stream = File.Create(temporary);
                await WriteTextAsync(stream, format, sources, claims, events, areas, cancel);
            }

            output.ReplaceWith(temporary);
            if (format == ClaimFileFormat.Csv && events.Count > 0)
            {
                // Beside the path given, where `claims import` of that path looks for it, even when the path is a link to elsewhere.
                await WriteCompanionAsync(EventsCsv.CompanionOf(path), events);
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The events file beside a CSV export, written whole under a temporary name and renamed into place.</summary>
    private static async Task WriteCompanionAsync(string path, IReadOnlyList<EventDraft> events)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
            {
                await EventsCsv.WriteAsync(writer, events);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task WriteTextAsync(Stream output, ClaimFileFormat format, IReadOnlyList<Source> sources, IEnumerable<Claim> claims, IReadOnlyList<EventDraft> events, AreaCatalog areas, CancellationToken cancel)
    {
        if (format == ClaimFileFormat.GeoJson)
        {
            await GeoJsonClaimFile.WriteAsync(output, sources, claims, events, cancel);
        }
        else if (format == ClaimFileFormat.Annotations)
        {
            await Annotations.AnnotationLines.WriteAsync(output, claims, sources, cancel);
        }
        else if (format is ClaimFileFormat.Acled or ClaimFileFormat.Ucdp)
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(false));
            await Datasets.DatasetCsvWriter.WriteAsync(writer, Datasets.EventDatasets.Of(format), claims, areas, cancel);
        }
        else
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(false));
            await ClaimCsv.WriteAsync(writer, claims, EventExchange.EventOfClaim(events));
        }
    }
}
