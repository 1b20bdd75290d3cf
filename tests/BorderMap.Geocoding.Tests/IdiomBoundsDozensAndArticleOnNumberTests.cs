using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts by class: the idioms of each language for a bound or an estimate ("a good 40", "nigh on", "grosso modo", "под 40", "بالغ بر",
/// "ما يفوق", "40 کے آس پاس", "40 سے زیادہ نہیں"), a qualifier before a number that carries the Arabic article or vowel marks ("أكثر من
/// الـ40", "زُهاء"), tens and dozens counted ("двух десятков", "two dozen"), tens in words before "-odd" ("forty-odd"), and a good or a
/// small French approximate noun ("une bonne quarantaine"). A word that names a place after it ("نزدیک مرز", "под Кундузом") is no
/// qualifier. All sentences are constructed for these tests.
/// </summary>
public class IdiomBoundsDozensAndArticleOnNumberTests
{
    [Theory]
    [InlineData("A good 40 Afghan soldiers crossed the river at night.", "en", "more-than")]
    [InlineData("Nigh on 40 Afghan soldiers crossed the river at night.", "en", "nearly")]
    [InlineData("Perhaps 40 Afghan soldiers crossed the river at night.", "en", "about")]
    [InlineData("Au-delà de 40 soldats afghans ont traversé la rivière de nuit.", "fr", "more-than")]
    [InlineData("Quasiment 40 soldats afghans ont traversé la rivière de nuit.", "fr", "nearly")]
    [InlineData("Grosso modo 40 soldats afghans ont traversé la rivière de nuit.", "fr", "about")]
    [InlineData("Aux environs de 40 soldats afghans ont traversé la rivière de nuit.", "fr", "about")]
    [InlineData("Kurang-lebih 40 tentara Afghanistan menyeberangi sungai pada malam hari.", "id", "about")]
    [InlineData("Реку ночью пересекли под 40 афганских военных.", "ru", "nearly")]
    [InlineData("بالغ بر ۴۰ سرباز افغان شبانه از رود گذشتند.", "fa", "more-than")]
    [InlineData("بیش‌تر از ۴۰ سرباز افغان شبانه از رود گذشتند.", "fa", "more-than")]
    [InlineData("نزدیک ۴۰ سرباز افغان شبانه از رود گذشتند.", "fa", "nearly")]
    [InlineData("۴۰ او څه افغان سرتېري د شپې له سیند واوښتل.", "ps", "more-than")]
    [InlineData("عبر النهر ليلاً ما يفوق 40 جندياً أفغانياً.", "ar", "more-than")]
    [InlineData("عبر النهر ليلاً ما يقارب من 40 جندياً أفغانياً.", "ar", "nearly")]
    [InlineData("40 کے آس پاس افغان فوجی رات کو دریا پار کر آئے۔", "ur", "about")]
    [InlineData("40 سے زیادہ نہیں افغان فوجی رات کو دریا پار کر آئے۔", "ur", "up-to")]
    public void An_idiom_for_a_bound_or_an_estimate_is_its_qualifier(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 40, qualifier);

    [Theory]
    [InlineData("عبر النهر ليلاً أكثر من الـ40 جندياً أفغانياً.", "ar", "more-than")]
    [InlineData("عبر النهر ليلاً قرابة الـ40 جندياً أفغانياً.", "ar", "nearly")]
    [InlineData("عبر النهر ليلاً زُهاء 40 جندياً أفغانياً.", "ar", "about")]
    [InlineData("اندازاً 40 افغان فوجی رات کو دریا پار کر آئے۔", "ur", "about")]
    public void A_qualifier_before_a_number_with_its_article_or_vowel_marks_is_read(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 40, qualifier);

    [Theory]
    [InlineData("Реку ночью пересекли около двух десятков афганских военных.", "ru", 20, "about")]
    [InlineData("Two dozen Afghan soldiers crossed the river at night.", "en", 24, "exact")]
    [InlineData("Zwei Dutzend afghanische Soldaten überquerten nachts den Fluss.", "de", 24, "exact")]
    public void Tens_and_dozens_counted_are_a_count(string text, string language, double value, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", value, qualifier);

    [Theory]
    [InlineData("Forty-odd Afghan soldiers crossed the river at night.", "about")]
    [InlineData("Forty-plus Afghan soldiers crossed the river at night.", "more-than")]
    public void Tens_in_words_before_odd_or_plus_are_qualified(string text, string qualifier) =>
        QuantityAssert.Single(text, "en", "soldiers", 40, qualifier);

    [Theory]
    [InlineData("Une bonne quarantaine de soldats afghans ont traversé la rivière de nuit.", "soldiers", 40, "more-than")]
    [InlineData("Une petite quarantaine de soldats afghans ont traversé la rivière de nuit.", "soldiers", 40, "nearly")]
    [InlineData("Un bon millier de réfugiés ont traversé la rivière de nuit.", "refugees", 1000, "more-than")]
    [InlineData("Une quarantaine de soldats afghans ont traversé la rivière de nuit.", "soldiers", 40, "about")]
    public void A_good_or_a_small_French_approximate_noun_is_its_bound(string text, string key, double value, string qualifier) =>
        QuantityAssert.Single(text, "fr", key, value, qualifier);

    [Fact]
    public void An_ordinal_in_tens_is_no_count() =>
        Assert.Empty(NumberFinder.Quantities("The forty-second Afghan soldiers to cross were sent back at night.", "en"));

    [Fact]
    public void Near_a_place_is_no_qualifier_of_the_count_after_it() =>
        QuantityAssert.Single("نزدیک مرز ۴۰ سرباز افغان مستقر شدند.", "fa", "soldiers", 40, "exact");

    [Fact]
    public void Under_a_town_is_no_qualifier_of_a_distance_after_it()
    {
        var quantities = NumberFinder.Quantities("Около 40 военных стоят под Кундузом, в 20 км от границы.", "ru");
        Assert.Equal([("soldiers", 40.0, "about"), ("km", 20.0, "exact")], quantities.Select(q => (q.Key, q.Value, q.Qualifier)));
    }
}
