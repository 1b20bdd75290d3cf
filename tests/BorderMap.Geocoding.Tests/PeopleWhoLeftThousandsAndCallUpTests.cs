using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// People counted who left a place or went elsewhere are refugees, in every language; a count word and its thousands are one number
/// however they are written ("دو ہزار", "zweitausend", Arabic "ألفي"); forces called up by a word no table holds are reservists. All
/// sentences are constructed for these tests.
/// </summary>
public class PeopleWhoLeftThousandsAndCallUpTests
{
    [Theory]
    [InlineData("About 400 families left the village of Qarlugh for Rustaq on Monday.", "en")]
    [InlineData("Sekitar 400 keluarga meninggalkan desa itu menuju Rustaq pada Senin.", "id")]
    [InlineData("Etwa 400 Familien verließen am Montag das Dorf in Richtung Rustak.", "de")]
    [InlineData("Environ 400 familles ont quitté le village pour Rostaq lundi.", "fr")]
    [InlineData("Около 400 семей покинули село в понедельник.", "ru")]
    [InlineData("Тақрибан 400 оила рӯзи душанбе деҳаро тарк карда, ба Рустоқ рафтанд.", "tg")]
    [InlineData("حدود ۴۰۰ خانواده روز دوشنبه روستا را ترک کردند و به رستاق رفتند.", "fa")]
    [InlineData("شاوخوا ۴۰۰ کورنیو د دوشنبې په ورځ کلی پرېښود او رستاق ته ولاړې.", "ps")]
    [InlineData("نحو ٤٠٠ عائلة غادرت القرية يوم الاثنين متجهة إلى رستاق.", "ar")]
    [InlineData("تقریباً 400 خاندان پیر کو گاؤں سے رستاق چلے گئے۔", "ur")]
    public void People_who_left_a_place_are_refugees(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "refugees", 400, "about");

    [Fact]
    public void People_who_stay_are_no_count() =>
        Assert.Empty(NumberFinder.Quantities("About 400 families live in the village, the elder said.", "en"));

    [Fact]
    public void Soldiers_who_left_stay_soldiers() =>
        QuantityAssert.Single("About 400 soldiers left the base for Kunduz.", "en", "soldiers", 400, "about");

    [Theory]
    [InlineData("Knapp zweitausend Menschen sind aus dem Bezirk geflohen.", "de", 2000)]
    [InlineData("Fünfzehntausend Menschen sind aus dem Bezirk geflohen.", "de", 15000)]
    [InlineData("فر قرابة ألفي شخص من المديرية.", "ar", 2000)]
    [InlineData("دو ہزار کے قریب افراد ضلع سے فرار ہو گئے۔", "ur", 2000)]
    [InlineData("Nearly two thousand people fled the district.", "en", 2000)]
    [InlineData("Почти две тысячи человек бежали из района.", "ru", 2000)]
    public void A_count_word_and_its_thousands_are_one_number(string sentence, string language, double value) =>
        QuantityAssert.Single(sentence, language, "refugees", value, value == 15000 ? "exact" : "nearly");

    [Theory]
    [InlineData("شاوخوا ۳۰۰۰ زېرمه ځواکونه د دوشنبې په ورځ روزنې ته وغوښتل شول.", "ps")]
    [InlineData("About 3,000 territorial forces were called up on Monday.", "en")]
    public void Forces_called_up_by_an_unknown_word_are_reservists(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "reservists", 3000, "about");

    [Theory]
    [InlineData("کولاب، ۱۲ زمری - نظامي کمېسارۍ وویل چې شاوخوا ۳۰۰۰ زېرمه ځواکونه وغوښتل شول.", "ps")]
    [InlineData("وقال مكتب التجنيد إن نحو ٣٠٠٠ جندي احتياط استدعوا لتدريب مدته ستة أسابيع.", "ar")]
    public void Dates_and_weeks_of_a_call_up_are_no_count(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "reservists", 3000, "about");
}
