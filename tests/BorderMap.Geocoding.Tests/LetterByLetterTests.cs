using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A Tajik place's Latin name as Arabic, Urdu and Pashto writers spell it letter by letter, o and u as و (sentences constructed by
/// the project, not taken from a report): the rule itself, that running text now finds the places, and that the short spellings
/// such a rule could make of common words are not made.
/// </summary>
public class LetterByLetterTests
{
    [Theory]
    [InlineData("Norak", LetterByLetter.Reading.ShortVowels, "نورک")]
    [InlineData("Bokhtar", LetterByLetter.Reading.ShortVowels, "بوختر")]
    [InlineData("Yovan", LetterByLetter.Reading.Full, "یووان")]
    [InlineData("Orzu", LetterByLetter.Reading.Full, "اورزو")]
    [InlineData("Kirov", LetterByLetter.Reading.Full, "کیروف")]
    [InlineData("Danghara", LetterByLetter.Reading.Arabic, "دانغارا")]
    [InlineData("Yovon", LetterByLetter.Reading.Arabic, "یوفون")]
    [InlineData("Khovaling", LetterByLetter.Reading.Arabic, "خوفالینغ")]
    [InlineData("Pyandzh", LetterByLetter.Reading.Arabic, "بیانج")]
    [InlineData("Chubek", LetterByLetter.Reading.ArabicShortVowels, "تشوبک")]
    public void A_Latin_name_is_spelt_letter_by_letter(string latin, LetterByLetter.Reading reading, string spelt) =>
        Assert.Equal(spelt, LetterByLetter.Spell(latin, reading));

    [Theory]
    [InlineData("التحق جنود الاحتياط من مدينتي كولوب ودانغارا بمكاتب التجنيد في ولاية ختلان.", "ar", "كولوب", "gn:1221194")]
    [InlineData("التحق جنود الاحتياط من مدينتي كولوب ودانغارا بمكاتب التجنيد في ولاية ختلان.", "ar", "ودانغارا", "gn:1221965")]
    [InlineData("وقال سكان في بلدة يوفون إن الحافلات نقلت جنود الاحتياط إلى دوشنبه.", "ar", "يوفون", "gn:1220112")]
    [InlineData("وقال حرس الحدود إن الجنود عبروا النهر قرب تشوبك ليلا.", "ar", "تشوبك", "gn:1221997")]
    [InlineData("روسی فوجیوں نے نورک کے قریب مشقیں کیں۔", "ur", "نورک", "gn:1220905")]
    [InlineData("روسي پوځیانو د نورک ښار ته نږدې تمرینونه وکړل.", "ps", "نورک", "gn:1220905")]
    [InlineData("افغان پناہ گزین روزوائی گاؤں کے قریب دریا پار کر گئے۔", "ur", "روزوائی", "cur:ruzvai")]
    public void A_Tajik_place_spelt_letter_by_letter_is_found(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, language, name));

    // Sarai (Panj's old name) read with its short vowels unwritten would be "سری", Pashto "سړي" (men); Darvoz read letter by letter is
    // "دارووز", whose two و fold into one, and the Tajik "дарози" (long, with the ezafe) must not be read through it as the district.
    [Theory]
    [InlineData("سړي وايي چې پوله تړل شوې ده.", "ps", "سړي")]
    [InlineData("Роҳи дарози кӯҳӣ ба Хоруғ мебарад.", "tg", "дарози")]
    [InlineData("Дарозии роҳ ба Хоруғ 300 километр аст.", "tg", "Дарозии")]
    public void A_common_word_is_not_made_a_place(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Fact]
    public void A_name_that_is_a_number_word_gets_no_letter_by_letter_spelling()
    {
        // Panj (five) names the border river too: "نهر بانج" is the river, not the town.
        var panj = Repository.Gazetteer.Find("gn:1220750")!;
        Assert.DoesNotContain(panj.AllNames, n => n.Text == "بانج");
    }
}
