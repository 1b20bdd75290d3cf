using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>Fills in the offsets of a quote given without them, when its text occurs exactly once in the source.</summary>
internal static class QuoteLocator
{
    public static (Quote Quote, FieldProblem? Problem) Locate(Quote quote, Source source)
    {
        var startMissing = quote.Start == ClaimDraft.MissingOffset;
        var endMissing = quote.End == ClaimDraft.MissingOffset;
        if (!startMissing && !endMissing)
        {
            return (quote, null);
        }

        if (startMissing != endMissing)
        {
            return (quote, new FieldProblem(startMissing ? "quote.start" : "quote.end", "give both start and end, or neither to have them found"));
        }

        if (string.IsNullOrEmpty(quote.Text))
        {
            return (quote, new FieldProblem("quote.text", "is required"));
        }

        var first = source.Text.IndexOf(quote.Text, StringComparison.Ordinal);
        if (first < 0)
        {
            return (quote, new FieldProblem("quote.text", $"does not occur verbatim in source '{source.Id}'"));
        }

        var second = source.Text.IndexOf(quote.Text, first + 1, StringComparison.Ordinal);
        if (second >= 0)
        {
            return (quote, new FieldProblem("quote.text", $"occurs more than once in source '{source.Id}'; give start and end"));
        }

        // Offsets count code points, not UTF-16 units (see CodePointText).
        var start = CodePointText.Length(source.Text[..first]);
        return (quote with { Start = start, End = start + CodePointText.Length(quote.Text) }, null);
    }
}
