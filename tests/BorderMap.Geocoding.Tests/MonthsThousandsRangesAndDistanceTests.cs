using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Classes of count found in general rather than word by word: a number before any month of the region's calendars is a date; a
/// thousand alone and halves before a multiplier are numbers; a thousand joined to its hundreds is one number; a range's low end shares
/// its high end's thousands; kilometres from a border are a distance, not its length; qualifiers after the number and the noun; airborne
/// troops, evacuees and Persian plurals in -گان as units. All sentences are constructed for these tests.
/// </summary>
public class MonthsThousandsRangesAndDistanceTests
{
    [Theory]
    [InlineData("منذ 12 أغسطس لاجئون يصلون إلى المدينة.", "ar")]
    [InlineData("منذ 12 آب لاجئون يصلون إلى المدينة.", "ar")]
    [InlineData("از ۱۲ اگست پناهجویان به شهر می‌رسند.", "fa")]
    [InlineData("از ۱۲ مرداد پناهجویان به شهر می‌رسند.", "fa")]
    [InlineData("له ۱۲ زمري کډوال ښار ته راځي.", "ps")]
    [InlineData("12 اگست پناہ گزین شہر پہنچے۔", "ur")]
    [InlineData("Sejak 12 Desember pengungsi tiba di kota.", "id")]
    [InlineData("Seit 12 März Flüchtlinge in der Stadt ankommen.", "de")]
    [InlineData("С 12 сентября беженцы прибывают в город.", "ru")]
    public void A_number_before_a_month_is_a_date(string sentence, string language) =>
        Assert.Empty(NumberFinder.Quantities(sentence, language));

    [Fact]
    public void A_word_that_abbreviates_a_month_in_another_language_is_no_month()
    {
        var part = NumberFinder.Quantities("Plus de 20 des 28 districts de la province sont tombés.", "fr")[0];
        Assert.Equal(("districts", 20.0, "more-than"), (part.Key, part.Value, part.Qualifier));
    }

    [Fact]
    public void A_word_that_starts_as_a_month_is_no_month() =>
        QuantityAssert.Single("About 300 junior officers crossed the river.", "en", "soldiers", 300, "about");

    [Theory]
    [InlineData("Россия перебросила тысячу десантников на базу.", "ru")]
    [InlineData("روسیه هزار چترباز را به پایگاه فرستاد.", "fa")]
    [InlineData("أرسلت روسيا ألف مظلي إلى القاعدة.", "ar")]
    [InlineData("La Russie a envoyé mille parachutistes sur la base.", "fr")]
    [InlineData("Rusia mengirim seribu tentara ke pangkalan itu.", "id")]
    [InlineData("Русия ҳазор сарбозро ба пойгоҳ фиристод.", "tg")]
    [InlineData("Russland schickte tausend Fallschirmjäger auf den Stützpunkt.", "de")]
    [InlineData("Russia sent a thousand paratroopers to the base.", "en")]
    public void A_thousand_alone_is_a_number(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 1000, "exact");

    [Theory]
    [InlineData("Более тысячи афганских военных перешли границу.", "more-than")]
    [InlineData("Около тысячи афганских военных перешли границу.", "about")]
    public void A_russian_thousand_after_a_qualifier_is_a_number(string sentence, string qualifier) =>
        QuantityAssert.Single(sentence, "ru", "soldiers", 1000, qualifier);

    [Fact]
    public void Russian_thousands_alone_are_no_count() =>
        Assert.Empty(NumberFinder.Quantities("Тысячи афганских военных перешли границу.", "ru"));

    [Fact]
    public void A_unit_in_arabic_letters_is_found_in_the_persian_list() =>
        QuantityAssert.Single("فر قرابة 700 من عناصر الكوماندوز عبر النهر.", "ar", "soldiers", 700, "nearly");

    [Fact]
    public void Villagers_who_have_left_a_place_are_refugees() =>
        QuantityAssert.Single("Some 2,500 villagers have left Chah Ab since Sunday.", "en", "refugees", 2500, "about");

    [Theory]
    [InlineData("Россия перебросила 30 тысяч десантников на базу.", "ru", 30000)]
    [InlineData("روسیه دو هزار چترباز را به پایگاه فرستاد.", "fa", 2000)]
    [InlineData("روسیه بیست هزار سرباز را به پایگاه فرستاد.", "fa", 20000)]
    [InlineData("أرسلت روسيا 30 ألف جندي إلى القاعدة.", "ar", 30000)]
    [InlineData("Russland schickte 30 tausend Soldaten auf den Stützpunkt.", "de", 30000)]
    public void A_thousand_after_a_number_multiplies_it(string sentence, string language, double value) =>
        QuantityAssert.Single(sentence, language, "soldiers", value, "exact");

    [Theory]
    [InlineData("Полторы тысячи беженцев перешли границу.", "ru")]
    [InlineData("Якуним ҳазор гуреза аз марз гузаштанд.", "tg")]
    [InlineData("ڈیڑھ ہزار پناہ گزین سرحد پار کر گئے۔", "ur")]
    [InlineData("Eineinhalbtausend Flüchtlinge überquerten die Grenze.", "de")]
    [InlineData("هزار و پانصد پناهنده از مرز گذشتند.", "fa")]
    [InlineData("عبر ألف وخمسمائة لاجئ الحدود.", "ar")]
    public void Fifteen_hundred_in_words_is_one_number(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "refugees", 1500, "exact");

    [Theory]
    [InlineData("The ministry will call up between 20 and 30 thousand reservists.", "en")]
    [InlineData("Минобороны призовёт от 20 до 30 тысяч резервистов.", "ru")]
    [InlineData("Le ministère rappellera entre 20 et 30 000 réservistes.", "fr")]
    [InlineData("وزارت دفاع بین ۲۰ تا ۳۰ هزار نیروی ذخیره را فرامی‌خواند.", "fa")]
    [InlineData("ستستدعي الوزارة ما بين 20 و30 ألفا من جنود الاحتياط.", "ar")]
    [InlineData("وزارت دفاع 20 سے 30 ہزار ریزرو اہلکار طلب کرے گی۔", "ur")]
    [InlineData("Kementerian akan memanggil 20 hingga 30 ribu tentara cadangan.", "id")]
    public void A_range_shares_its_high_ends_thousands(string sentence, string language)
    {
        var quantities = NumberFinder.Quantities(sentence, language);
        Assert.Equal([("reservists", 20000.0, "at-least"), ("reservists", 30000.0, "up-to")], quantities.Select(q => (q.Key, q.Value, q.Qualifier)));
    }

    [Fact]
    public void A_range_of_hundreds_keeps_its_low_end() =>
        Assert.Equal([200.0, 3000.0], NumberFinder.Quantities("Between 200 and 3,000 refugees fled the district.", "en").Select(q => q.Value));

    [Theory]
    [InlineData("Fighting raged about 15 km from the Tajik border.", "en")]
    [InlineData("Shells fell within 15 km of the border.", "en")]
    [InlineData("Gekämpft wurde etwa 15 Kilometer von der Grenze entfernt.", "de")]
    [InlineData("Les combats ont eu lieu à 15 km de la frontière.", "fr")]
    [InlineData("Бои шли в 15 км от границы.", "ru")]
    [InlineData("Ҷангҳо 15 километр дуртар аз сарҳад идома доштанд.", "tg")]
    [InlineData("جنگ در ۱۵ کیلومتری مرز جریان داشت.", "fa")]
    [InlineData("جګړه له پولې ۱۵ کیلومتره لرې روانه وه.", "ps")]
    [InlineData("دارت المعارك على بعد 15 كيلومترا من الحدود.", "ar")]
    [InlineData("سرحد سے 15 کلومیٹر دور لڑائی جاری رہی۔", "ur")]
    [InlineData("Pertempuran terjadi 15 km dari perbatasan.", "id")]
    public void Kilometres_from_a_border_are_a_distance(string sentence, string language) =>
        Assert.Equal("km", Assert.Single(NumberFinder.Quantities(sentence, language)).Key);

    [Theory]
    [InlineData("Tajikistan shares a 1,344 km border with Afghanistan.", "en")]
    [InlineData("La frontière de 1 344 km longe le Piandj.", "fr")]
    [InlineData("Les troupes sont prêtes à aider à garder les 1 357 km de frontière.", "fr")]
    [InlineData("Граница протяжённостью 1344 км проходит по Пянджу.", "ru")]
    [InlineData("نیروها به مرز ۱۳۴۴ کیلومتری فرستاده شدند.", "fa")]
    [InlineData("الحدود البالغ طولها 1344 كيلومترا تمتد على طول النهر.", "ar")]
    public void A_borders_length_stays_its_length(string sentence, string language) =>
        Assert.Equal("borderKm", Assert.Single(NumberFinder.Quantities(sentence, language)).Key);

    [Theory]
    [InlineData("400-an tentara dilucuti di perbatasan.", "id", "about")]
    [InlineData("400 с небольшим военнослужащих были разоружены.", "ru", "more-than")]
    [InlineData("نزع سلاح 400 ونيف من الجنود.", "ar", "more-than")]
    [InlineData("نزع سلاح 400 جندي أو أكثر.", "ar", "at-least")]
    [InlineData("۴۰۰ سرباز یا بیشتر خلع سلاح شدند.", "fa", "at-least")]
    [InlineData("400 сарбоз ва зиёда халъи силоҳ шуданд.", "tg", "at-least")]
    [InlineData("400 فوجی یا اس سے زیادہ غیر مسلح کیے گئے۔", "ur", "at-least")]
    [InlineData("In the region of 400 soldiers were disarmed.", "en", "about")]
    public void A_qualifier_after_the_number_or_its_noun(string sentence, string language, string qualifier) =>
        QuantityAssert.Single(sentence, language, "soldiers", 400, qualifier);

    [Theory]
    [InlineData("حدود ۱۵۰۰ تن از پناهندگان از مرز گذشتند.", "fa")]
    [InlineData("حدود ۱۵۰۰ تن از آوارگان از مرز گذشتند.", "fa")]
    [InlineData("Rund 1500 Geflüchtete überquerten die Grenze.", "de")]
    [InlineData("Rund 1500 Schutzsuchende überquerten die Grenze.", "de")]
    [InlineData("Около 1500 эвакуированных перешли границу.", "ru")]
    [InlineData("Roughly 1,500 evacuees crossed the border.", "en")]
    [InlineData("Sekitar 1.500 orang yang dievakuasi tiba di kota.", "id")]
    public void Refugees_by_a_plural_or_a_participle(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "refugees", 1500, "about");
}
