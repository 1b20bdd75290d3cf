using BorderMap.Core.Claims;
using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>Claim proposals from the seed article, checked against the hand-made seed claims.</summary>
public class ClaimProposerTests
{
    private static readonly string SeedText = File.ReadAllText(Path.Combine(Repository.Geodata, "sources", "tj-af-border-2021-07-05.txt"));

    private static readonly IReadOnlyList<ClaimProposal> Proposals = Repository.Proposer.Propose(SeedText, "id", "tj-af-border-2021-07-05");

    [Fact]
    public void Every_quote_is_a_verbatim_sentence_at_its_code_point_offsets() =>
        Assert.All(Proposals, p => Assert.Equal(p.Quote.Text, CodePointText.Slice(SeedText, p.Quote.Start, p.Quote.End)));

    [Fact]
    public void Offsets_count_code_points_not_UTF16_units()
    {
        const string text = "🇹🇯 Laporan singkat. Tentara berkumpul di Kunduz.";
        var proposal = Repository.Proposer.Propose(text, "id").Single();
        Assert.Equal(proposal.Quote.Text, CodePointText.Slice(text, proposal.Quote.Start, proposal.Quote.End));
        var kunduz = proposal.Mentions.Single();
        Assert.Equal("Kunduz", CodePointText.Slice(text, kunduz.Start, kunduz.End));
        Assert.Equal(text.IndexOf("Kunduz", StringComparison.Ordinal) - 2, kunduz.Start); // the flag is two code points in four UTF-16 units
    }

    [Fact]
    public void The_biography_and_sentences_naming_no_place_get_no_proposal()
    {
        Assert.DoesNotContain(Proposals, p => p.Quote.Text.Contains("Komunikator", StringComparison.Ordinal));
        Assert.DoesNotContain(Proposals, p => p.Quote.Text.StartsWith("Tank dan helikopter", StringComparison.Ordinal));
        Assert.DoesNotContain(Proposals, p => p.Mentions.Any(m => m.Text == "Penerimaan"));
    }

    [Fact]
    public void The_border_length_sentence_is_a_geography_claim_on_the_Tajik_Badakhshan_border()
    {
        var first = Proposals[0];
        Assert.Equal(0, first.Quote.Start);
        Assert.Equal(96, first.Quote.End);
        Assert.Equal("geography", first.Category);
        Assert.Equal(["border:TJ/AF-BDS"], first.Refs);
        Assert.Equal(900, first.Numbers["borderKm"]);
        Assert.Equal("Badachschan", first.Place);
        Assert.Equal(3, first.GeoPrecision);
    }

    [Theory]
    [InlineData(97, "soldiers", 1037)]
    [InlineData(472, "reservists", 20000)]
    public void Counts_use_the_Indonesian_thousands_separator(int quoteStart, string key, double value) =>
        Assert.Equal(value, Proposals.Single(p => p.Quote.Start == quoteStart).Numbers[key]);

    [Fact]
    public void Towns_become_points_and_provinces_region_references()
    {
        var kandahar = Proposals.Single(p => p.Quote.Text.Contains("kota Kandahar", StringComparison.Ordinal));
        Assert.Equal("gn:1138336", kandahar.PlaceId);
        Assert.Equal(2, kandahar.GeoPrecision);
        Assert.Equal("Point", kandahar.Geometry!.GeometryType);
        Assert.Contains("AF-HEL", kandahar.Areas);

        var provinces = Proposals.First(p => p.Quote.Text.StartsWith("Perebutan", StringComparison.Ordinal));
        Assert.Equal(["region:AF-BDS", "region:AF-TAK"], provinces.Refs);
        Assert.Equal("territorial-control", provinces.Category);
    }

    [Fact]
    public void The_place_after_a_locative_preposition_is_where_the_claim_is_not_the_actor()
    {
        var basis = Proposals.Single(p => p.Quote.Text.StartsWith("Pangkalan militer", StringComparison.Ordinal));
        Assert.Equal("military-presence", basis.Category);
        Assert.Equal(["region:TJ"], basis.Refs);
        Assert.Contains(basis.Mentions, m => m.Best.Place.Id == "RU"); // Russia is named, as the actor

        var russian = Repository.Proposer.Propose("Россия усилила свою базу в Таджикистане.", "ru");
        Assert.Equal(["region:TJ"], russian.Single().Refs);
    }

    [Fact]
    public void Proposals_agree_with_the_seed_claims_on_where_many_of_them_are()
    {
        var seed = Core.Geodata.GeodataLoader.Load(Repository.Geodata).Claims;
        var agree = seed.Count(c => Proposals.Any(p => p.Quote.Start <= c.Data.Quote.Start && c.Data.Quote.Start < p.Quote.End
            && p.Areas.Intersect(c.Data.Areas).Any()));
        // Many seed claims stand on sentences that name no place and take it from the sentence before; those get no proposal.
        Assert.True(agree >= seed.Count / 2, $"{agree} of {seed.Count} seed claims have a proposal in their quote sharing an area");
    }
}
