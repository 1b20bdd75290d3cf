using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Reads a source to register from JSON: <c>title</c>, <c>publisher</c>, <c>language</c>,
/// <c>publishedDate</c> and <c>text</c> (required), <c>url</c>, <c>translatedFrom</c>,
/// <c>notes</c>, <c>supersedes</c> and <c>reliability</c> (A–F) (optional). Every missing or mistyped field is named.
/// </summary>
public static class SourceDraftReader
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "title", "publisher", "language", "translatedFrom", "url", "publishedDate", "notes", "text", "supersedes", "reliability",
    };

    public static (SourceDraft? Draft, IReadOnlyList<FieldProblem> Problems) Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, [new FieldProblem("body", "a source is a JSON object")]);
        }

        var problems = new List<FieldProblem>();
        problems.AddRange(body.EnumerateObject().Where(p => !Known.Contains(p.Name)).Select(p => new FieldProblem(p.Name, "is not a source property")));
        var fields = new JsonFields(body, problems);
        var url = fields.Text("url", required: false);
        Uri? parsedUrl = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out parsedUrl))
        {
            problems.Add(new FieldProblem("url", $"'{url}' is not an absolute URL"));
        }

        var draft = new SourceDraft(
            fields.Text("title") ?? string.Empty,
            fields.Text("publisher") ?? string.Empty,
            fields.Text("language") ?? string.Empty,
            fields.Text("translatedFrom", required: false),
            parsedUrl,
            fields.Text("publishedDate") ?? string.Empty,
            fields.TextList("notes"),
            fields.Text("text") ?? string.Empty,
            fields.Text("supersedes", required: false),
            fields.Text("reliability", required: false));
        return problems.Count > 0 ? (null, problems) : (draft, problems);
    }
}
