using BorderMap.Core.Geocoding;
using BorderMap.Core.Search;

namespace BorderMap.Geocoding.Tests;

/// <summary>Matching names in Perso-Arabic script: letter forms, marks and joiners, and consonants across scripts.</summary>
public class PersoArabicMatchingTests
{
    [Theory]
    [InlineData("كابل", "کابل")] // Arabic kaf, Persian keheh
    [InlineData("هرات", "هرات")]
    [InlineData("فارياب", "فاریاب")] // Arabic yeh, Persian yeh
    [InlineData("بَدَخشان", "بدخشان")] // short-vowel marks
    [InlineData("مزار\u200cشریف", "مزارشریف")] // zero-width non-joiner
    [InlineData("آمو", "امو")] // alef with madda
    [InlineData("قندهار\u200e", "قندهار")] // direction mark
    public void Arabic_and_Persian_letter_forms_fold_alike(string a, string b) =>
        Assert.Equal(NameFolding.Fold(b), NameFolding.Fold(a));

    [Theory]
    [InlineData("بدخشان", "Badakhshan")]
    [InlineData("تخار", "Takhar")]
    [InlineData("کندز", "Kunduz")]
    public void Consonant_skeletons_meet_across_scripts(string persian, string latin) =>
        Assert.Equal(ConsonantSkeleton.OfLatin(latin), ConsonantSkeleton.OfPersoArabic(persian));

    [Theory]
    [InlineData("بدخشان", "AF-BDS")]
    [InlineData("ولایت بدخشان", "AF-BDS")] // "province of": a cue, not part of the name
    [InlineData("تاجیکستان", "TJ")]
    [InlineData("مزار شریف", "gn:1133616")]
    [InlineData("كابل", "gn:1138958")]
    [InlineData("شیرخان بندر", "cur:sher-khan-bandar")]
    public void Persian_names_resolve(string query, string id) =>
        Assert.Equal(id, Repository.Geocoder.Geocode(query)[0].Place.Id);

    [Fact]
    public void A_name_missing_in_Persian_is_found_by_its_consonants()
    {
        // The town of Rudbar (Nimroz) has no Persian name in the gazetteer; رودبار has its consonants r-d-b-r.
        var best = Repository.Geocoder.Geocode("رودبار")[0];
        Assert.Equal("gn:1128239", best.Place.Id);
        Assert.Contains("its consonants match", best.Reason, StringComparison.Ordinal);
    }
}
