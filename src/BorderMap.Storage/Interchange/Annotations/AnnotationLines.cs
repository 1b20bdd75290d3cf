using System.Text;
using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage.Interchange.Annotations;

/// <summary>
/// Quote annotations as JSON Lines: one complete Web Annotation (with its <c>@context</c>) per
/// line, so a file of any size is written and read one annotation at a time.
/// </summary>
public static class AnnotationLines
{
    public static async Task WriteAsync(Stream output, IEnumerable<Claim> claims, IReadOnlyList<Source> sources, CancellationToken cancel = default)
    {
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var claim in claims)
        {
            cancel.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(QuoteAnnotation.Of(claim, byId[claim.Data.Source]).ToJsonString());
        }
    }

    /// <summary>Each non-empty line's number and what it names, or why it cannot be read; read as the sequence is enumerated.</summary>
    public static IEnumerable<(int Line, QuoteTarget? Target, string? Refusal)> Read(TextReader input)
    {
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (target, refusal) = ReadLine(line);
            yield return (number, target, refusal);
        }
    }

    private static (QuoteTarget? Target, string? Refusal) ReadLine(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return AnnotationAnchor.Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return (null, $"it is not JSON: {e.Message.Split(" LineNumber:", 2)[0]}");
        }
    }
}
