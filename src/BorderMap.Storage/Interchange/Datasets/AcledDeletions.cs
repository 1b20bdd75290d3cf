using System.Globalization;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>
/// ACLED's list of deleted events: a CSV of <c>event_id_cnty</c> and <c>deleted_timestamp</c> (Unix
/// seconds). The whole list is checked before anything is deleted; each listed event the store holds
/// is then deleted as its own change, kept in the claim's history, and events the store does not hold
/// (never imported, or deleted before) are counted and skipped, so the list can be applied again.
/// </summary>
public sealed class AcledDeletions
{
    private static readonly string[] Header = ["event_id_cnty", "deleted_timestamp"];

    private AcledDeletions(IReadOnlyList<string> claimIds) => ClaimIds = claimIds;

    /// <summary>The claim ids of the listed events, in file order.</summary>
    public IReadOnlyList<string> ClaimIds { get; }

    /// <summary>True when the path is a CSV file whose header is that of a deletions list.</summary>
    public static bool IsDeletionList(string path)
    {
        if (ClaimFiles.FormatOf(path) != ClaimFileFormat.Csv || InputFileKind.Refusal(path) is not null)
        {
            return false;
        }

        using var reader = new StreamReader(path);
        return CsvText.Read(reader).FirstOrDefault() is { } first && first.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).Order(StringComparer.Ordinal).SequenceEqual(Header.Order(StringComparer.Ordinal));
    }

    /// <summary>Reads the whole list; every bad row is reported, by row and column.</summary>
    /// <exception cref="ClaimFileException">the file is malformed.</exception>
    public static (AcledDeletions? List, IReadOnlyList<(string Position, FieldProblem Problem)> Problems) Read(string path)
    {
        using var reader = new StreamReader(path);
        var records = CsvText.Read(reader).ToList();
        var header = records[0].Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList();
        var (idAt, timeAt) = (header.IndexOf(Header[0]), header.IndexOf(Header[1]));
        var problems = new List<(string, FieldProblem)>();
        var ids = new List<string>();
        var acled = EventDatasets.All.First(d => d.Name == "acled");
        foreach (var (record, row) in records.Skip(1).Select((r, i) => (r, i + 2)))
        {
            var position = $"row {row}";
            if (record.Fields.Count != header.Count)
            {
                problems.Add((position, new FieldProblem("row", $"has {record.Fields.Count} cells, the header {header.Count}")));
                continue;
            }

            var id = record.Fields[idAt].Trim();
            if (id.Length == 0)
            {
                problems.Add((position, new FieldProblem(Header[0], "is empty")));
            }

            if (!long.TryParse(record.Fields[timeAt].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                problems.Add((position, new FieldProblem(Header[1], $"'{record.Fields[timeAt]}' is not a Unix time in seconds")));
            }

            ids.Add(EventDatasets.ClaimId(acled, id));
        }

        return problems.Count > 0 ? (null, problems) : (new AcledDeletions(ids), []);
    }

    /// <summary>Deletes the listed claims the store holds; answers how many were deleted and how many it did not hold.</summary>
    public async Task<(int Deleted, int Absent)> ApplyAsync(IClaimStore store, bool dryRun, string? actor, CancellationToken cancel)
    {
        var (deleted, absent) = (0, 0);
        foreach (var id in ClaimIds.Distinct(StringComparer.Ordinal))
        {
            if (await store.FindClaimAsync(id, cancel) is not { } claim)
            {
                absent++;
                continue;
            }

            if (!dryRun)
            {
                await store.DeleteClaimAsync(id, claim.Data.Version, actor, cancel);
            }

            deleted++;
        }

        return (deleted, absent);
    }
}
