using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Storage.Interchange;

namespace BorderMap.Storage.Events;

/// <summary>
/// Reads an event a client writes, as JSON: <c>title</c>, optional <c>id</c> and <c>note</c>,
/// <c>claims</c> (claim ids) and, together, <c>statusOverride</c> and <c>overrideReason</c>.
/// Every problem names its member. Also reads the event cursor (<c>e</c> and a number).
/// </summary>
public static class EventDraftReader
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "id", "title", "note", "claims", "statusOverride", "overrideReason",
        // What GET answers and a client may send back unchanged; derived or kept by the store.
        "version", "createdAt", "updatedAt", "status", "derived",
    };

    public static (EventDraft? Draft, IReadOnlyList<FieldProblem> Problems) Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, [new FieldProblem("body", "an event is a JSON object")]);
        }

        var problems = new List<FieldProblem>();
        problems.AddRange(body.EnumerateObject().Where(p => !Known.Contains(p.Name)).Select(p => new FieldProblem(p.Name, "is not an event property")));
        var fields = new JsonFields(body, problems);
        var draft = new EventDraft(
            fields.Text("id", required: false),
            fields.Text("title") ?? string.Empty,
            fields.Text("note", required: false),
            fields.TextList("claims"),
            fields.Text("statusOverride", required: false),
            fields.Text("overrideReason", required: false));
        return problems.Count > 0 ? (null, problems) : (draft, problems);
    }

    public static string Cursor(long position) => "e" + position.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseCursor(string text, out long position)
    {
        position = 0;
        return text is ['e', .. var digits] && digits.Length is > 0 and <= 18 && digits.All(char.IsAsciiDigit)
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out position);
    }
}
