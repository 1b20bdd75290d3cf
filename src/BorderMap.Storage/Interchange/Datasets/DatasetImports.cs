using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>What an import of a dataset file (ACLED, UCDP GED) does beyond reading its rows.</summary>
public static class DatasetImports
{
    /// <summary>True when the path is a CSV file in a dataset's format (its header names the dataset's columns).</summary>
    public static bool IsDatasetFile(string path) => ClaimFiles.FormatOf(path) == ClaimFileFormat.Csv && DatasetFile.Recognise(path) is not null;

    /// <summary>
    /// The rows, where a row says what its stored claim says already, with that claim's quote and
    /// source: a newer export of the same dataset then updates (with history) only the rows that
    /// changed, and the rest stay as they are, quoting the file they were first imported from. The
    /// rows are read into memory; a dataset file is bounded by the size of a source.
    /// </summary>
    public static async Task<IReadOnlyList<ImportRow>> KeepUnchangedAsync(IEnumerable<ImportRow> rows, IClaimStore store, CancellationToken cancel)
    {
        var result = new List<ImportRow>();
        foreach (var row in rows)
        {
            if (row.Draft is { Id: { } id } draft && await store.FindClaimAsync(id, cancel) is { } stored && SameContent(stored, draft))
            {
                result.Add(row with { Draft = draft with { Data = draft.Data with { Source = stored.Data.Source, Quote = stored.Data.Quote } } });
            }
            else
            {
                result.Add(row);
            }
        }

        return result;
    }

    private static bool SameContent(Claim stored, ClaimDraft draft) =>
        draft.Geometry is { } geometry && stored.Data.Refs.Count == 0 && stored.Geometry.EqualsExact(geometry) && Content(stored.Data) == Content(draft.Data);

    /// <summary>The data without where the quote stands and without bookkeeping.</summary>
    private static string Content(ClaimData data) =>
        JsonSerializer.Serialize(data with { Source = string.Empty, Quote = data.Quote with { Start = 0, End = 0 }, CreatedAt = default, UpdatedAt = default, Version = 0 }, ClaimJsonContext.Default.ClaimData);
}
