using System.Globalization;
using System.Text;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Files;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>
/// A dataset file read whole: it is registered as a source (the verbatim rule: each row's description
/// cell is its claim's quote at its offsets in this text), so it is bounded by a source's size, and its
/// header must name every codebook column. Windows line ends are read as plain line ends, the form in
/// which the text is registered; a byte-order mark is dropped.
/// </summary>
internal sealed class DatasetFile
{
    private readonly IReadOnlyDictionary<string, int> _header;
    private readonly IReadOnlyList<DatasetRecord> _records;

    private DatasetFile(IEventDataset dataset, string path, string text, IReadOnlyDictionary<string, int> header, IReadOnlyList<DatasetRecord> records)
    {
        Dataset = dataset;
        _header = header;
        _records = records;
        var sha = BundledSources.Sha256Of(text);
        var name = Path.GetFileName(path);
        var stem = Slug.From(Path.GetFileNameWithoutExtension(path), 50, string.Empty);
        var id = $"{(stem.StartsWith(dataset.Name, StringComparison.Ordinal) ? stem : Slug.From($"{dataset.Name} {stem}", 50, dataset.Name))}-{sha[..12]}";
        Source = new Source(
            id, $"{dataset.Publisher} export {name}", dataset.Publisher, "en", null, null, File.GetLastWriteTimeUtc(path).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sha,
            [$"The {dataset.Publisher} file {name} as imported; each claim quotes its row's description cell."], text);
    }

    public IEventDataset Dataset { get; }

    /// <summary>The file as a source; its id is the file's name and the start of its SHA-256, so the same file is one source however often it is imported.</summary>
    public Source Source { get; }

    /// <summary>The dataset a CSV file's header names, or null; reads only the header.</summary>
    public static IEventDataset? Recognise(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: false));
        return CsvText.Read(reader).FirstOrDefault() is { } header ? EventDatasets.Recognise([.. header.Fields.Select(Column)]) : null;
    }

    /// <exception cref="ClaimFileException">the file is too large, not UTF-8, has a control character, lacks a codebook column, or a record is malformed.</exception>
    public static DatasetFile Load(IEventDataset dataset, string path)
    {
        var text = ReadText(path);
        var records = DatasetCsvText.Records(text).ToList();
        if (records.Count == 0)
        {
            throw new ClaimFileException("row 1", "the file is empty; it needs a header row naming the columns");
        }

        var names = records[0].Cells.Select(c => Column(c.Value)).ToList();
        var missing = dataset.Columns.Where(c => !names.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new ClaimFileException("row 1", $"{string.Join("; ", missing.Select(m => $"missing column '{m}'"))}; a {dataset.Publisher} file has the columns {string.Join(", ", dataset.Columns)}");
        }

        var header = names.Select((n, i) => (n, i)).GroupBy(p => p.n, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return new DatasetFile(dataset, path, text, header, records.Skip(1).ToList());
    }

    /// <summary>The claims of the rows, in file order; a short row is a problem of its own.</summary>
    public IEnumerable<ImportRow> Rows(AreaCatalog areas)
    {
        foreach (var record in _records)
        {
            if (record.Cells.Count != _header.Count)
            {
                yield return new ImportRow(record.Position, null, [new FieldProblem("row", $"has {record.Cells.Count} cells, the header {_header.Count}")]);
                continue;
            }

            var row = new DatasetRow(record, _header);
            var draft = Dataset.Draft(row, areas);
            yield return new ImportRow(record.Position, row.Problems.Count == 0 ? draft! with { Data = draft.Data with { Source = Source.Id } } : null, row.Problems);
        }
    }

    private static string Column(string name) => name.Trim().TrimStart('\uFEFF');

    private static string ReadText(string path)
    {
        string text;
        try
        {
            var bytes = BoundedFile.ReadAllBytes(path, 4 * ClaimLimits.SourceText);
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            throw new ClaimFileException("file", "is not UTF-8 text; save it as UTF-8");
        }

        if (TextRules.Problem(text, ClaimLimits.SourceText) is { } problem)
        {
            throw new ClaimFileException("file", $"cannot be registered as the source its rows quote: it {problem}; import a smaller extract (by year or region)");
        }

        return text;
    }
}
