using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// The top-level <c>sources</c> member of a claims bundle: every source the claims quote, whole,
/// so that the bundle rebuilds the work in another store. Each is an object with <c>id</c>,
/// <c>title</c>, <c>publisher</c>, <c>language</c>, <c>publishedDate</c>, <c>sha256</c> and
/// <c>text</c>, and optionally <c>translatedFrom</c>, <c>url</c>, <c>notes</c> and
/// <c>supersedes</c> (the id of the source it corrects, listed before it) and <c>reliability</c>
/// (its Admiralty grade, A–F). A text whose SHA-256
/// is not the one given is refused, naming the source.
/// </summary>
public static class BundleSources
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<Source> sources)
    {
        BundleMembers.WriteObjects(writer, "sources", sources, source =>
        {
            writer.WriteString("id", source.Id);
            writer.WriteString("title", source.Title);
            writer.WriteString("publisher", source.Publisher);
            writer.WriteString("language", source.Language);
            writer.WriteString("translatedFrom", source.TranslatedFrom);
            writer.WriteString("url", source.Url?.OriginalString);
            writer.WriteString("publishedDate", source.PublishedDate);
            writer.WriteString("sha256", source.Sha256);
            writer.WriteString("supersedes", source.Supersedes);
            writer.WriteString("reliability", source.Reliability);
            BundleMembers.WriteStrings(writer, "notes", source.Notes);
            writer.WriteString("text", source.Text);
        });
    }

    /// <exception cref="ClaimFileException">a source lacks a field, has a mistyped one, or its text does not match its SHA-256.</exception>
    public static IReadOnlyList<Source> Read(byte[] json) => BundleMembers.Read(json, "sources", ReadOne);

    private static Source ReadOne(JsonElement element, string position)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ClaimFileException(position, "a source is a JSON object");
        }

        var problems = new List<FieldProblem>();
        var fields = new JsonFields(element, problems);
        var url = fields.Text("url", required: false);
        var source = new Source(
            fields.Text("id") ?? string.Empty,
            fields.Text("title") ?? string.Empty,
            fields.Text("publisher") ?? string.Empty,
            fields.Text("language") ?? string.Empty,
            fields.Text("translatedFrom", required: false),
            url is not null && Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null,
            fields.Text("publishedDate") ?? string.Empty,
            fields.Text("sha256") ?? string.Empty,
            fields.TextList("notes"),
            fields.Text("text") ?? string.Empty,
            fields.Text("supersedes", required: false))
        {
            Reliability = fields.Text("reliability", required: false),
        };
        if (url is not null && source.Url is null)
        {
            problems.Add(new FieldProblem("url", $"'{url}' is not an absolute URL"));
        }

        if (source.Reliability is { } grade && !SourceReliability.Grades.ContainsKey(grade))
        {
            problems.Add(new FieldProblem("reliability", $"'{grade}' is not a source reliability grade (A–F)"));
        }

        if (problems.FirstOrDefault() is { } problem)
        {
            throw new ClaimFileException(position, $"{problem.Field}: {problem.Message}");
        }

        var actual = BundledSources.Sha256Of(source.Text);
        if (!string.Equals(actual, source.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ClaimFileException(position, $"the text of source '{source.Id}' does not match its SHA-256: it hashes to {actual}, the bundle says {source.Sha256}; nothing was imported");
        }

        return source with { Sha256 = actual };
    }
}
