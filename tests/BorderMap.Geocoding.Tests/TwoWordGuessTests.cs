namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A two-word Perso-Arabic name guessed by its consonants takes no kind word (also with Arabic "and" written onto it), no
/// preposition or auxiliary and no common word of the text's language as one of its words. Sentences constructed, not from the evaluation.
/// </summary>
public class TwoWordGuessTests
{
    [Theory]
    [InlineData("درې ولسوالۍ چې له تاجکستان سره پوله لري ونیول شوې.", "ps", "AF-SAR")] // borders on Tajikistan: no Sar-e Pul
    [InlineData("وصل المقاتلون إلى شوارع خان آباد يوم الأحد.", "ar", "cur:sher-khan-bandar")] // the streets of Khanabad: no Sher Khan
    [InlineData("جنگجویان در واخان دیده شدند.", "fa", "gn:1180454")] // in Wakhan: no Darya Khan
    [InlineData("فوجی چوکیاں دریا سے دور ہیں۔", "ur", "gn:1180454")] // are far: no Darya Khan
    public void A_common_word_is_no_word_of_a_guessed_name(string text, string language, string wrongId) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Best.Place.Id == wrongId);

    [Fact]
    public void Arabic_and_on_a_kind_word_leaves_the_name_after_it() =>
        Assert.Contains(Repository.Finder.Find("على الحدود مع الصين وممر واخان.", "ar"), m => m.Best.Place.Id == "d2:AF.01.1106");
}
