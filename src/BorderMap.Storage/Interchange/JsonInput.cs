using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Parses JSON input (a request body, a file) into a document, or says where it is malformed.
/// <see cref="JsonDocument"/> accepts what a claim cannot hold (a number beyond the range of a
/// double such as <c>1e400</c>, a string of invalid UTF-8, a lone surrogate escape) and throws
/// only when that value is read, deep inside a reader; so every value is checked here, once, and
/// the problem names its path in the document.
/// </summary>
public static class JsonInput
{
    public static async Task<(JsonDocument? Document, FieldProblem? Problem)> ParseAsync(Stream input, string field, CancellationToken cancel = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(input, default, cancel);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var message = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0];
            return (null, new FieldProblem(field, $"malformed JSON at line {line}, column {column}: {message}"));
        }

        if (FirstBadValue(document.RootElement, field) is { } problem)
        {
            document.Dispose();
            return (null, problem);
        }

        return (document, null);
    }

    /// <summary>The first value that cannot be read as .NET text or a finite double, named by its path (<c>body.properties.title</c>).</summary>
    private static FieldProblem? FirstBadValue(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (!TryText(() => member.Name))
                    {
                        return new FieldProblem(path, "a member name is not valid UTF-8 or has a lone surrogate escape");
                    }

                    if (FirstBadValue(member.Value, $"{path}.{member.Name}") is { } inMember)
                    {
                        return inMember;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstBadValue(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]")) is { } inItem)
                    {
                        return inItem;
                    }
                }

                return null;
            case JsonValueKind.String when !TryText(() => element.GetString()):
                return new FieldProblem(path, "is not valid text: invalid UTF-8, or a lone surrogate escape (\\uD800-\\uDFFF without its pair)");
            case JsonValueKind.Number when !element.TryGetDouble(out var number) || !double.IsFinite(number):
                return new FieldProblem(path, $"the number {Shorten(element.GetRawText())} is outside the range of a double");
            default:
                return null;
        }
    }

    private static bool TryText(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : $"{text[..40]}…";
}
