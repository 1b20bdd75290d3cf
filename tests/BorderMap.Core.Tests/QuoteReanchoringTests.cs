using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Core.Tests;

/// <summary>A quote on an old source version lands in the new one as exact, moved, fuzzy or orphaned. The texts are constructed for the tests.</summary>
public class QuoteReanchoringTests
{
    private const string Old = "Border guards reported calm at the crossing. About 300 people waited at the bridge on Tuesday. Trade resumed in the evening.";

    private static Quote QuoteOf(string text, string source = Old)
    {
        var start = source.IndexOf(text, StringComparison.Ordinal);
        return new Quote(text, start, start + text.Length);
    }

    [Fact]
    public void A_quote_whose_text_is_unchanged_in_place_is_exact()
    {
        var quote = QuoteOf("About 300 people waited at the bridge on Tuesday.");
        var match = QuoteReanchoring.Find(quote, Old.Replace("evening", "late evening", StringComparison.Ordinal));
        Assert.Equal((AnchorStatus.Exact, quote), (match.Status, match.Quote));
    }

    [Fact]
    public void A_quote_after_inserted_text_is_moved_to_its_new_offsets()
    {
        var quote = QuoteOf("About 300 people waited at the bridge on Tuesday.");
        var corrected = "Updated report. " + Old;
        var match = QuoteReanchoring.Find(quote, corrected);
        Assert.Equal(AnchorStatus.Moved, match.Status);
        Assert.Equal(quote.Text, CodePointText.Slice(corrected, match.Quote!.Start, match.Quote.End));
        Assert.Equal(quote.Start + 16, match.Quote.Start);
    }

    [Fact]
    public void A_corrected_quote_is_a_fuzzy_proposal_of_the_new_wording()
    {
        var quote = QuoteOf("About 300 people waited at the bridge on Tuesday.");
        var corrected = Old.Replace("About 300 people waited", "About 350 people waited", StringComparison.Ordinal);
        var match = QuoteReanchoring.Find(quote, corrected);
        Assert.Equal(AnchorStatus.Fuzzy, match.Status);
        Assert.Equal("About 350 people waited at the bridge on Tuesday.", match.Quote!.Text);
        Assert.Equal(match.Quote.Text, CodePointText.Slice(corrected, match.Quote.Start, match.Quote.End));
        Assert.InRange(match.Similarity, QuoteReanchoring.FuzzyThreshold, 0.99);
    }

    [Fact]
    public void A_quote_whose_sentence_was_removed_is_orphaned()
    {
        var quote = QuoteOf("About 300 people waited at the bridge on Tuesday.");
        var corrected = "Border guards reported calm at the crossing. Trade resumed in the evening.";
        var match = QuoteReanchoring.Find(quote, corrected);
        Assert.Equal(AnchorStatus.Orphaned, match.Status);
        Assert.Null(match.Quote);
    }

    [Fact]
    public void Offsets_count_code_points_outside_the_BMP_once()
    {
        var quote = QuoteOf("Trade resumed");
        var corrected = "🗺️ " + Old;
        var match = QuoteReanchoring.Find(quote, corrected);
        Assert.Equal("Trade resumed", CodePointText.Slice(corrected, match.Quote!.Start, match.Quote.End));
    }
}
