using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Interchange.Annotations;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary>A quote written as a W3C Web Annotation anchors back exactly, or is refused with the reason.</summary>
public sealed class WebAnnotationTests
{
    /// <summary>Constructed for this test: "the pass" occurs three times, twice between the same words.</summary>
    private static readonly Source Constructed = new("constructed-2024-01-01", "Constructed", "BorderMap tests", "en", null, null, "2024-01-01", "", [], "Near 𝔸 the pass. North of the pass a post. Near 𝔸 the pass.");

    [Fact]
    public void Every_seed_quote_anchors_back_at_its_own_offsets()
    {
        var sources = TestData.Geodata.Sources.ToDictionary(s => s.Id);
        foreach (var claim in TestData.Geodata.Claims)
        {
            var annotation = Parse(QuoteAnnotation.Of(claim, sources[claim.Data.Source]).ToJsonString());

            var (target, unreadable) = AnnotationAnchor.Read(annotation);
            var (quote, refusal) = AnnotationAnchor.Anchor(target!, sources[claim.Data.Source]);

            Assert.Null(unreadable);
            Assert.Equal((claim.Id, claim.Data.Source), (target!.ClaimId, target.SourceId));
            Assert.True(claim.Data.Quote == quote, $"{claim.Id}: {refusal}");
        }
    }

    [Fact]
    public void The_selectors_carry_the_quote_its_context_and_code_point_offsets()
    {
        var claim = Claim("North of the pass", 17, 34);

        var selectors = Parse(QuoteAnnotation.Of(claim, Constructed).ToJsonString()).GetProperty("target").GetProperty("selector");

        Assert.Equal("Near 𝔸 the pass. ", selectors[0].GetProperty("prefix").GetString());
        Assert.Equal(" a post. Near 𝔸 the pass.", selectors[0].GetProperty("suffix").GetString());
        Assert.Equal((17, 34), (selectors[1].GetProperty("start").GetInt32(), selectors[1].GetProperty("end").GetInt32()));
    }

    [Fact]
    public void A_wrong_position_is_corrected_by_the_quotes_unique_context()
    {
        var target = new QuoteTarget("c", Constructed.Id, "the pass", "North of ", " a post", 0, 8);

        var (quote, _) = AnnotationAnchor.Anchor(target, Constructed);

        Assert.Equal(new Quote("the pass", 26, 34), quote);
    }

    [Theory]
    [InlineData("the bridge", "", "", "does not occur")]
    [InlineData("the pass", "South of ", "", "occurs 3 times in source 'constructed-2024-01-01', never between its prefix and suffix")]
    [InlineData("the pass", "𝔸 ", ".", "occurs 2 times in source 'constructed-2024-01-01' between the same prefix and suffix")]
    public void A_quote_that_cannot_be_placed_exactly_is_refused_with_the_reason(string exact, string prefix, string suffix, string reason)
    {
        var (quote, refusal) = AnnotationAnchor.Anchor(new QuoteTarget("c", Constructed.Id, exact, prefix, suffix, null, null), Constructed);

        Assert.Null(quote);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\": \"Note\"}", "\"type\": \"Annotation\"")]
    [InlineData("{\"type\": \"Annotation\", \"id\": \"x\"}", "urn:bordermap:claim:")]
    [InlineData("{\"type\": \"Annotation\", \"id\": \"urn:bordermap:claim:a\", \"target\": {\"source\": \"urn:bordermap:source:s\", \"selector\": []}}", "TextQuoteSelector")]
    public void An_annotation_that_names_no_claim_source_or_quote_is_refused(string json, string reason)
    {
        var (target, refusal) = AnnotationAnchor.Read(Parse(json));

        Assert.Null(target);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    private static Claim Claim(string text, int start, int end)
    {
        var seed = TestData.Geodata.Claims[0];
        return seed with { Data = seed.Data with { Source = Constructed.Id, Quote = new Quote(text, start, end) } };
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
