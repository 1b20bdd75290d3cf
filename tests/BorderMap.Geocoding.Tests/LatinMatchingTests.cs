using BorderMap.Core.Geocoding;
using BorderMap.Core.Search;

namespace BorderMap.Geocoding.Tests;

/// <summary>The folding and matching rules for names in Latin script, one romanisation habit per case.</summary>
public class LatinMatchingTests
{
    [Theory]
    [InlineData("Badachschan", "Badakhshan")] // German sch and ch for sh and kh
    [InlineData("Dschalalabad", "Jalalabad")] // German dsch for j
    [InlineData("Tadschikistan", "Tajikistan")]
    [InlineData("Wardak", "Vardak")] // w for v
    [InlineData("Kundous", "Kundus")] // French ou for u
    [InlineData("Kundus", "Kunduz")] // German s for the voiced z
    [InlineData("Mazar-e Sharif", "Mazar-i-Sharif")] // Persian e and i, hyphen and space
    [InlineData("Termez", "Termiz")]
    [InlineData("Fayzabad", "Faizabad")] // y for i
    [InlineData("Qunduz", "Kunduz")] // q for k
    [InlineData("Mazzar-i-Sharif", "Mazar-i-Sharif")] // doubled letters
    [InlineData("Faīẕābād", "Faizabad")] // diacritics of scholarly transliteration
    [InlineData("Qal‘ah", "Qalah")] // ayn marks
    [InlineData("Oʻzbekiston", "Ozbekiston")] // Uzbek modifier letter
    public void Romanisations_fold_to_one_key(string variant, string other) =>
        Assert.Equal(NameTokens.Key(other), NameTokens.Key(variant));

    [Theory]
    [InlineData("Takhar", "Kunar")]
    [InlineData("Kabul", "Kunduz")]
    [InlineData("Herat", "Helmand")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(NameTokens.Key(a), NameTokens.Key(b));

    [Theory]
    [InlineData("Badachschan", "AF-BDS")]
    [InlineData("Badachshan", "AF-BDS")]
    [InlineData("Tachar", "AF-TAK")]
    [InlineData("Jerman", "DE")]
    [InlineData("Moskow", "gn:524901")]
    [InlineData("Kremlin", "gn:524901")]
    [InlineData("Duschanbe", "gn:1221874")]
    [InlineData("Masar-e Scharif", "gn:1133616")]
    [InlineData("Mazar-i-Sharif", "gn:1133616")]
    [InlineData("Sher Khan Bandar", "cur:sher-khan-bandar")]
    [InlineData("Termez", "gn:1215957")]
    [InlineData("Bokhtar", "gn:1220747")]
    [InlineData("Tadschikistan", "TJ")]
    [InlineData("Kaboul", "gn:1138958")] // French
    [InlineData("Douchanbé", "gn:1221874")]
    [InlineData("Usbekistan", "UZ")]
    public void Known_spellings_resolve_first(string query, string id) =>
        Assert.Equal(id, Repository.Geocoder.Geocode(query)[0].Place.Id);

    [Theory]
    [InlineData("Badakshan", "AF-BDS")] // one letter missing
    [InlineData("Badakhsan", "AF-BDS")]
    [InlineData("Tajikistn", "TJ")]
    [InlineData("Afghanistna", "AF")] // two letters swapped: two edits in a long name
    public void Typos_still_find_the_place(string query, string id)
    {
        var best = Repository.Geocoder.Geocode(query)[0];
        Assert.Equal(id, best.Place.Id);
        Assert.Contains("letter", best.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_names_outrank_spelling_variants_and_typos()
    {
        Assert.Equal(NameMatcher.Exact, NameMatcher.Match(Repository.Gazetteer, "Badakhshan", false).Max(m => m.Strength));
        Assert.Equal(NameMatcher.Folded, NameMatcher.Match(Repository.Gazetteer, "Badachshan", false).Max(m => m.Strength));
        Assert.Equal(NameMatcher.OneTypo, NameMatcher.Match(Repository.Gazetteer, "Badakshan", false).Max(m => m.Strength));
    }

    [Fact]
    public void English_and_German_genitives_are_read_as_the_name()
    {
        Assert.Equal("AF", Repository.Geocoder.Geocode("Afghanistans")[0].Place.Id);
        Assert.Equal(NameTokens.Key("Tajikistan"), NameTokens.Key("Tajikistan's President")[..NameTokens.Key("Tajikistan").Length]);
    }

    [Fact]
    public void A_name_nothing_resembles_has_no_candidates() =>
        Assert.Empty(Repository.Geocoder.Geocode("Penerimaan"));

    [Fact]
    public void A_prefix_offers_longer_names_for_type_ahead() =>
        Assert.Contains(Repository.Geocoder.Geocode("Lashkar"), c => c.Place.Id == "gn:1134720");

    [Fact]
    public void A_German_kind_word_joined_by_a_hyphen_leaves_the_name() =>
        Assert.Contains(Repository.Finder.Find("Die Kämpfer erreichten den Wachan-Korridor.", "de"), m => m.Text == "Wachan" && m.Best.Place.Id == "d2:AF.01.1106");
}
