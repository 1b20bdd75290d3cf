using BorderMap.Storage.Events;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// The companion file of a CSV export, <c>NAME.events.csv</c> beside <c>NAME.csv</c>: one row per
/// event with its own fields (<c>id</c>, <c>title</c>, <c>note</c>, <c>status_override</c>,
/// <c>override_reason</c>) and its claims (<c>claims</c>, ids separated by <c>;</c>), which the
/// claims file's <c>event</c> column repeats for spreadsheet readers. An import of the claims file
/// reads it when it is there and checks that column against it.
/// </summary>
public static class EventsCsv
{
    private static readonly string[] Columns = ["id", "title", "note", "status_override", "override_reason", "claims"];

    /// <summary>The companion file of a claims CSV: <c>claims.csv</c> → <c>claims.events.csv</c>.</summary>
    public static string CompanionOf(string claimsPath) => Path.ChangeExtension(claimsPath, ".events.csv");

    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<EventDraft> events)
    {
        await writer.WriteLineAsync(string.Join(',', Columns));
        foreach (var e in events)
        {
            string?[] cells = [e.Id, e.Title, e.Note, e.StatusOverride, e.OverrideReason, string.Join(";", e.ClaimIds)];
            await writer.WriteLineAsync(string.Join(',', cells.Select(c => CsvText.Field(CsvFormulaGuard.Neutralise(c)))));
        }
    }

    /// <exception cref="ClaimFileException">the header is not this file's, or a row is short or lacks its id or title.</exception>
    public static IReadOnlyList<EventDraft> Read(TextReader reader, string name)
    {
        var events = new List<EventDraft>();
        foreach (var (line, fields) in CsvText.Read(reader))
        {
            if (line == 1)
            {
                if (!fields.Select(f => f.Trim().TrimStart('\uFEFF')).SequenceEqual(Columns, StringComparer.Ordinal))
                {
                    throw new ClaimFileException($"{name} line 1", $"the header must be {string.Join(",", Columns)}");
                }

                continue;
            }

            var cells = fields.Select(f => f.Length == 0 ? null : CsvFormulaGuard.Restore(f)).ToList();
            if (cells.Count != Columns.Length || cells[0] is null || cells[1] is null)
            {
                throw new ClaimFileException($"{name} line {line}", $"an event row has {Columns.Length} fields, an id and a title");
            }

            var claims = (cells[5] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            events.Add(new EventDraft(cells[0], cells[1]!, cells[2], claims, cells[3], cells[4]));
        }

        return events;
    }
}
