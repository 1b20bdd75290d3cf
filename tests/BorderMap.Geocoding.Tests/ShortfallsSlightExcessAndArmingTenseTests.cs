using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts by class, in every language that writes them so: a slight shortfall said in other words ("not far short of", "a shade
/// under", "неполных", "سے ذرا کم"), a slight excess whose slight word stands inside the comparison ("أكثر بقليل من", "له … څخه یو څه
/// ډېر", "سے ذرا زیادہ"), "and some" after a count ("۴۰ و اندی", "чил ва чанд"), and people armed in every tense and person the reports
/// use ("avoir armé", "إنه سلّح", "مسلح ساخته"). All sentences are constructed for these tests.
/// </summary>
public class ShortfallsSlightExcessAndArmingTenseTests
{
    [Theory]
    [InlineData("Not far short of 60 soldiers surrendered the district on Tuesday.", "en")]
    [InlineData("Just shy of 60 soldiers surrendered the district on Tuesday.", "en")]
    [InlineData("A shade under 60 soldiers surrendered the district on Tuesday.", "en")]
    [InlineData("A touch less than 60 soldiers surrendered the district on Tuesday.", "en")]
    [InlineData("Nicht ganz 60 Soldaten übergaben am Dienstag den Bezirk.", "de")]
    [InlineData("Knapp weniger als 60 Soldaten übergaben am Dienstag den Bezirk.", "de")]
    [InlineData("Pas tout à fait 60 soldats ont rendu le district mardi.", "fr")]
    [InlineData("Pas loin d'une soixantaine de soldats ont rendu le district mardi.", "fr")]
    [InlineData("Légèrement moins d'une soixantaine de soldats ont rendu le district mardi.", "fr")]
    [InlineData("Agak kurang dari 60 tentara menyerahkan distrik itu pada hari Selasa.", "id")]
    [InlineData("Неполных 60 военных сдали уезд во вторник.", "ru")]
    [InlineData("Немногим меньше 60 военных сдали уезд во вторник.", "ru")]
    [InlineData("Андак камтар аз 60 сарбоз рӯзи сешанбе ноҳияро супурданд.", "tg")]
    [InlineData("کمی کم‌تر از ۶۰ سرباز روز سه‌شنبه ولسوالی را تسلیم کردند.", "fa")]
    [InlineData("له ۶۰ څخه یو څه کم سرتېري د سه شنبې په ورځ ولسوالي وسپارله.", "ps")]
    [InlineData("استسلم اقل بقليل من 60 جندياً يوم الثلاثاء.", "ar")]
    [InlineData("60 سے ذرا کم فوجیوں نے منگل کو ضلع حوالے کر دیا۔", "ur")]
    [InlineData("60 سے قدرے کم فوجیوں نے منگل کو ضلع حوالے کر دیا۔", "ur")]
    public void A_slight_shortfall_in_other_words_is_nearly(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 60, "nearly");

    [Theory]
    [InlineData("وقالت دائرة الحدود إن أكثر بقليل من 40 جندياً أفغانياً تركوا مواقعهم.", "ar")]
    [InlineData("وقالت دائرة الحدود إن أكثر قليلاً من 40 جندياً أفغانياً تركوا مواقعهم.", "ar")]
    [InlineData("عبر ما يزيد بقليل على 40 جندياً أفغانياً النهر ليلاً.", "ar")]
    [InlineData("د پولې خدماتو وویل چې له ۴۰ څخه یو څه ډېر افغان سرتېري سیند ته واوښتل.", "ps")]
    [InlineData("له ۴۰ یو څه زیات افغان سرتېري سیند ته واوښتل.", "ps")]
    [InlineData("اپنی چوکیاں چھوڑنے والے 40 سے ذرا زیادہ افغان فوجی رات کو دریا پار کر آئے۔", "ur")]
    [InlineData("40 سے قدرے زیادہ افغان فوجی رات کو دریا پار کر آئے۔", "ur")]
    [InlineData("A shade over 40 Afghan soldiers crossed the river at night.", "en")]
    public void A_slight_excess_with_its_slight_word_inside_the_comparison_is_more_than(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 40, "more-than");

    [Theory]
    [InlineData("۴۰ و اندی سرباز افغان شبانه از رود گذشتند.", "fa")]
    [InlineData("چهل و چند سرباز افغان شبانه از رود گذشتند.", "fa")]
    [InlineData("Чил ва чанд сарбози афғон шабона аз дарё гузаштанд.", "tg")]
    public void And_some_after_a_count_is_more_than(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 40, "more-than");

    [Fact]
    public void Some_more_of_another_group_after_the_count_is_no_qualifier() =>
        QuantityAssert.Single("۴۰ سرباز و چند افسر افغان شبانه از رود گذشتند.", "fa", "soldiers", 40, "exact");

    [Theory]
    [InlineData("Un ancien commandant a affirmé avoir armé quelque 400 hommes du cru pour garder la route.", "fr")]
    [InlineData("Selon la police, un ancien commandant aurait armé quelque 400 hommes du cru.", "fr")]
    [InlineData("Having armed about 400 local men, the former commander held the road.", "en")]
    [InlineData("قال قائد سابق إنه سلّح نحو 400 رجل من أبناء المنطقة لإبقاء الطريق مفتوحاً.", "ar")]
    [InlineData("قال إن الحكومة تسلح نحو 400 رجل من أبناء المنطقة.", "ar")]
    [InlineData("یک فرمانده سابق گفت که حدود ۴۰۰ مرد محلی را مسلح ساخته است.", "fa")]
    [InlineData("Фармондеҳи собиқ гуфт, ки тақрибан 400 марди маҳаллиро мусаллаҳ сохтааст.", "tg")]
    public void Men_armed_in_any_tense_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 400, "about");

    [Fact]
    public void Men_who_hand_over_their_weapons_are_no_call_up() =>
        Assert.DoesNotContain(NumberFinder.Quantities("سلم 400 رجل سلاحهم إلى حرس الحدود.", "ar"), q => q.Key == "reservists");
}
