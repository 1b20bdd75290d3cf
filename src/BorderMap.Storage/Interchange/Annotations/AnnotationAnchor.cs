using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage.Interchange.Annotations;

/// <summary>What a Web Annotation of a quote says: the claim and source it names and its selectors.</summary>
public sealed record QuoteTarget(string ClaimId, string SourceId, string Exact, string Prefix, string Suffix, int? Start, int? End);

/// <summary>
/// Reads a quote annotation (<see cref="QuoteAnnotation"/>) and anchors it in its source text:
/// exactly where its <c>TextPositionSelector</c> says when the text there is the quote; otherwise
/// at the one place the exact quote occurs between its prefix and suffix. Anything else is refused
/// with the reason: the quote is not in the text, or it is there more than once and the selectors
/// do not say which.
/// </summary>
public static class AnnotationAnchor
{
    /// <summary>The annotation's claim, source and selectors, or why it cannot be read.</summary>
    public static (QuoteTarget? Target, string? Refusal) Read(JsonElement annotation)
    {
        if (annotation.ValueKind != JsonValueKind.Object || Text(annotation, "type") != "Annotation")
        {
            return (null, "it is not a JSON object with \"type\": \"Annotation\"");
        }

        if (Text(annotation, "id") is not { } id || !id.StartsWith(QuoteAnnotation.ClaimPrefix, StringComparison.Ordinal))
        {
            return (null, $"its \"id\" must be {QuoteAnnotation.ClaimPrefix}<claim id>");
        }

        if (!annotation.TryGetProperty("target", out var target) || target.ValueKind != JsonValueKind.Object
            || Text(target, "source") is not { } source || !source.StartsWith(QuoteAnnotation.SourcePrefix, StringComparison.Ordinal))
        {
            return (null, $"its target must have a \"source\" of {QuoteAnnotation.SourcePrefix}<source id>");
        }

        var selectors = target.TryGetProperty("selector", out var list) ? (list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : new[] { list }) : [];
        var quote = selectors.FirstOrDefault(s => s.ValueKind == JsonValueKind.Object && Text(s, "type") == "TextQuoteSelector");
        if (quote.ValueKind != JsonValueKind.Object || Text(quote, "exact") is not { Length: > 0 } exact)
        {
            return (null, "its target has no TextQuoteSelector with a non-empty \"exact\"");
        }

        var position = selectors.FirstOrDefault(s => s.ValueKind == JsonValueKind.Object && Text(s, "type") == "TextPositionSelector");
        return (new QuoteTarget(id[QuoteAnnotation.ClaimPrefix.Length..], source[QuoteAnnotation.SourcePrefix.Length..], exact, Text(quote, "prefix") ?? string.Empty, Text(quote, "suffix") ?? string.Empty, Whole(position, "start"), Whole(position, "end")), null);
    }

    /// <summary>The quote anchored in the source text, or why it cannot be.</summary>
    public static (Quote? Quote, string? Refusal) Anchor(QuoteTarget target, Source source)
    {
        if (target is { Start: { } start, End: { } end } && CodePointText.Slice(source.Text, start, end) == target.Exact)
        {
            return (new Quote(target.Exact, start, end), null);
        }

        var occurrences = Occurrences(source.Text, target.Exact).ToList();
        var fitting = occurrences.Where(at => source.Text.AsSpan(0, at).EndsWith(target.Prefix, StringComparison.Ordinal)
            && source.Text.AsSpan(at + target.Exact.Length).StartsWith(target.Suffix, StringComparison.Ordinal)).ToList();
        if (fitting.Count == 1)
        {
            var first = CodePointText.Length(source.Text[..fitting[0]]);
            return (new Quote(target.Exact, first, first + CodePointText.Length(target.Exact)), null);
        }

        return (null, (occurrences.Count, fitting.Count) switch
        {
            (0, _) => $"the quote does not occur in source '{source.Id}'",
            (_, 0) => $"the quote occurs {occurrences.Count} times in source '{source.Id}', never between its prefix and suffix",
            _ => $"the quote occurs {fitting.Count} times in source '{source.Id}' between the same prefix and suffix, and its position selector points at none of them",
        });
    }

    private static IEnumerable<int> Occurrences(string text, string exact)
    {
        for (var at = text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(exact, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Whole(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
