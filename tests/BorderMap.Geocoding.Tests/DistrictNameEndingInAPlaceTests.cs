namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A district's two-word name whose last word is another place's name (round 28, sentences of our own): under a district word,
/// before the name or its list or after it, the Perso-Arabic "شیرین تگاب" is Faryab's Shirin Tagab district, guessed from the
/// consonants of both words, not a word and Kapisa's Tagab. Without a district word the last word stays the place it names.
/// </summary>
public class DistrictNameEndingInAPlaceTests
{
    private const string ShirinTagab = "d2:AF.07.1808";

    [Theory]
    [InlineData("طالبان روز پنجشنبه ولسوالی شیرین تگاب را در ولایت فاریاب گرفتند.", "fa")]
    [InlineData("طالبان ولسوالی‌های دولت‌آباد و شیرین تگاب را گرفتند.", "fa")]
    [InlineData("طالبان نے جمعرات کو ضلع شیرین تگاب پر قبضہ کر لیا۔", "ur")]
    public void A_districts_two_word_name_under_a_district_word_is_the_district_not_its_last_word(string text, string language)
    {
        var mention = Assert.Single(Repository.Finder.Find(text, language), m => m.Text.Contains("تگاب", StringComparison.Ordinal));
        Assert.Equal(("شیرین تگاب", ShirinTagab), (mention.Text, mention.Best.Place.Id));
    }
}
