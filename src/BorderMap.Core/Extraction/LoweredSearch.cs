using System.Buffers;

namespace BorderMap.Core.Extraction;

/// <summary>A search of a span of text, lower-cased, for any of a set of lower-case stems (a sentence's crossing verbs, its offices).</summary>
internal static class LoweredSearch
{
    private const int MaxLoweredOnStack = 512;

    public static bool ContainsAny(string text, TextSpan span, SearchValues<string> stems)
    {
        // Lowered once, into a buffer rather than a copied string (the stems are lower case, and a case-blind search per stem costs
        // more than the copy), and searched once for every stem.
        var length = span.End - span.Start;
        var lower = length <= MaxLoweredOnStack ? stackalloc char[length] : new char[length];
        text.AsSpan(span.Start, length).ToLowerInvariant(lower);
        return lower.ContainsAny(stems);
    }
}
