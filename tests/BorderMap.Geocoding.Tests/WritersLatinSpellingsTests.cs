using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// An Afghan district's name as German, French, Russian and Tajik writers spell it (y before a vowel as j; sh as ch and ch as tch in
/// names of several words; the ezafe joined to the word before it and the long a as o) and with the final h left off in every
/// province: the rules, and running text that finds the district by them. Sentences constructed for these tests.
/// </summary>
public class WritersLatinSpellingsTests
{
    [Theory]
    [InlineData("Dara-i-Suf Payin", "Dara-i-Suf Pajin")]
    [InlineData("Yangi Qala", "Jangi Qala")]
    public void German_writes_a_y_before_a_vowel_as_j(string name, string german) => Assert.Equal(german, WritersLatinSpellings.GermanJ(name));

    [Theory]
    [InlineData("Khwaja Ghar")]
    [InlineData("Darqad")]
    public void A_name_without_a_y_before_a_vowel_has_no_German_reading(string name) => Assert.Null(WritersLatinSpellings.GermanJ(name));

    [Theory]
    [InlineData("Shirin Tagab", "Chirin Tagab")]
    [InlineData("Bal Chiragh", "Bal Tchiragh")]
    public void French_writes_sh_as_ch_and_ch_as_tch(string name, string french) => Assert.Equal(french, WritersLatinSpellings.French(name));

    [Fact]
    public void Russian_and_Tajik_join_the_ezafe_to_the_word_before_it() =>
        Assert.Contains("Darai-Şūfi-Poyīn", WritersLatinSpellings.JoinedEzafe("Darah-ye Şūf-e Pā’īn"));

    [Fact]
    public void A_name_without_an_ezafe_has_no_joined_reading() => Assert.Empty(WritersLatinSpellings.JoinedEzafe("Shīrīn Tagāb"));

    [Theory]
    [InlineData("Die Taliban nahmen den Bezirk Dara-i-Suf Pajin in der Provinz Samangan ein.", "de", "Dara-i-Suf Pajin", "d2:AF.32.1504")]
    [InlineData("Талибы заняли уезд Дараи-Суфи-Поин в провинции Саманган.", "ru", "Дараи-Суфи-Поин", "d2:AF.32.1504")]
    [InlineData("Бои идут в уезде Дашти-Арчи провинции Кундуз.", "ru", "Дашти-Арчи", "d2:AF.24.1407")]
    [InlineData("Les talibans ont pris les districts de Chirin Tagab et de Bal Tcheragh, dans la province de Faryab.", "fr", "Chirin Tagab", "d2:AF.07.1808")]
    [InlineData("Les talibans ont pris les districts de Chirin Tagab et de Bal Tcheragh, dans la province de Faryab.", "fr", "Bal Tcheragh", "d2:AF.07.1806")]
    [InlineData("The Taliban overran the Sozma Qala district of Sar-e Pul province on Monday.", "en", "Sozma Qala", "d2:AF.33.3105")]
    public void Running_text_finds_the_district_in_the_writers_spelling(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id);

    // The spellings change only the district's own names: German and French words of the sentences stay no place, nor the everyday
    // words ("Warga", residents; "درمیان", between) that the added names left one letter or a consonant skeleton away from a place.
    [Theory]
    [InlineData("Die Soldaten zogen sich über Nacht in die Stadt zurück, sagte ein Sprecher.", "de")]
    [InlineData("Les chars sont arrivés près du village, a indiqué un responsable.", "fr")]
    [InlineData("Warga mengatakan puluhan truk militer diparkir di dekat pasar.", "id")]
    [InlineData("گورنر کے دفتر نے بتایا کہ دونوں دیہات کے درمیان سڑک بند ہے۔", "ur")]
    public void A_common_word_does_not_become_a_place(string text, string language) => Assert.Empty(Repository.Finder.Find(text, language));
}
