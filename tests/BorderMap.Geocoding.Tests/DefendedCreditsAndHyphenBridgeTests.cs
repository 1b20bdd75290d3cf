using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's twenty-fourth unseen part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a district its soldiers defended read as its seat; an adjective of landscape between a plural kind
/// word and its list; an editor's name in a credit line read as a place; Pashto "on Monday night" read as Dushanbe and "families" as a
/// Kyrgyz town; a bridge named after both its ends, or written as a German compound, missed; defenders and men called up not counted;
/// qualifier phrasings read as exact ("not quite", "تخمیناً", "ما يزيد قليلا على", "au maximum" after the noun).
/// </summary>
public class DefendedCreditsAndHyphenBridgeTests
{
    private const string DowlatabadDistrict = "d2:AF.30.1605";
    private const string TavildaraDistrict = "d2:TJ.RR.7670495";
    private const string TemDemoganBridge = "cur:tem-demogan-bridge";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    private static IEnumerable<string> Found(string text, string language) => Repository.Finder.Find(text, language).Select(m => m.Text);

    [Theory]
    [InlineData("Some 200 soldiers who had defended Dowlatabad fell back to Mazar-i-Sharif on Tuesday.", "en", "Dowlatabad")]
    [InlineData("Около 200 солдат, оборонявших Даулатабад, во вторник отошли к Мазари-Шарифу.", "ru", "Даулатабад")]
    [InlineData("حدود ۲۰۰ سرباز که از دولت‌آباد دفاع می‌کردند، روز سه‌شنبه به مزارشریف عقب نشستند.", "fa", "دولت‌آباد")]
    [InlineData("Etwa 200 Soldaten, die Daulatabad verteidigt hatten, zogen sich am Dienstag nach Masar-i-Scharif zurück.", "de", "Daulatabad")]
    public void A_place_its_soldiers_defended_is_the_district(string text, string language, string name) =>
        Assert.Equal(DowlatabadDistrict, PlaceOf(text, language, name));

    [Fact]
    public void The_place_they_fell_back_to_is_not_what_they_defended() =>
        Assert.Equal("gn:1136575", PlaceOf("Militiamen who had defended Kaldar fell back to Khulm overnight, he said.", "en", "Khulm"));

    [Theory]
    [InlineData("L'appel a aussi touché les districts montagneux de Tavildara et de Rasht.", "fr", "Tavildara")]
    [InlineData("فراخوان به ولسوالی‌های کوهستانی تویل‌دره و رشت نیز رسید.", "fa", "تویل‌دره")]
    public void A_landscape_adjective_after_a_plural_kind_word_leaves_the_list_districts(string text, string language, string name) =>
        Assert.Equal(TavildaraDistrict, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Репортаж Хамида Султани из Кабула; редактор Марк Халлам", "ru", "Халлам")]
    [InlineData("Гузориши Ҳамид Султонӣ аз Кобул; муҳаррир Пол Кэрроу", "tg", "Кэрроу")]
    public void An_editors_name_in_a_credit_line_is_no_place(string text, string language, string name) =>
        Assert.DoesNotContain(name, Found(text, language));

    [Fact]
    public void A_place_after_the_editors_name_is_still_a_place() =>
        Assert.Equal("gn:1138958", PlaceOf("تغطية سمير عزيزي في ميمنة؛ تحرير كلارا بنينغ في كابل", "ar", "كابل"));

    [Theory]
    [InlineData("په تخار کې د دوشنبې په شپه دوه ولسوالۍ ولوېدې.", "دوشنبې")]
    [InlineData("اوسېدونکو وویل چې له ۳۰۰ څه ډېرو کورنیو ښار پرېښود.", "کورنیو")]
    public void Pashto_monday_night_and_families_are_no_places(string text, string word) =>
        Assert.DoesNotContain(word, Found(text, "ps"));

    [Fact]
    public void A_place_at_night_is_still_a_place() =>
        Assert.Equal("gn:1135689", PlaceOf("عسکرو چې ولسوالۍ یې پرېښې وه، د شپې کندز ښار ته شاته شول.", "ps", "کندز"));

    [Theory]
    [InlineData("Tadschikische Grenzer schlossen am Freitag die Tem-Demogan-Brücke unterhalb von Chorog.", "de", "Tem-Demogan-Brücke")]
    [InlineData("Penjaga Tajikistan menutup jembatan Tem-Demogan di hilir Khorog pada Jumat.", "id", "jembatan Tem-Demogan")]
    [InlineData("Les gardes tadjiks ont fermé vendredi le pont de Tem-Demogan, en aval de Khorog.", "fr", "pont de Tem-Demogan")]
    public void A_bridge_named_after_both_its_ends_is_found_with_a_hyphen(string text, string language, string name) =>
        Assert.Equal(TemDemoganBridge, PlaceOf(text, language, name));

    [Fact]
    public void A_german_compound_bridge_is_the_crossing() =>
        Assert.Equal("cur:hairatan-termez-bridge", PlaceOf("Usbekistan schließt die Hairatan-Brücke, sagte ein Grenzbeamter.", "de", "Hairatan-Brücke"));

    [Theory]
    [InlineData("In Takhar, a minimum of 40 defenders handed over their weapons, two elders said.", "en")]
    [InlineData("В Тахаре не менее 40 защитников сдали оружие, рассказали старейшины.", "ru")]
    [InlineData("دو بزرگ محلی گفتند حداقل ۴۰ مدافع سلاح‌های خود را تحویل دادند.", "fa")]
    public void Defenders_are_counted_as_soldiers(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 40, "at-least");

    [Theory]
    [InlineData("Uzbekistan said it had moved not quite 2,000 troops to Termez.", "en", "soldiers", 2000, "nearly")]
    [InlineData("او گفت تخمیناً ۲۳۰ سرباز و پولیس به دهدادی عقب نشستند.", "fa", "soldiers", 230, "about")]
    [InlineData("وقال سكان إن ما يزيد قليلا على 300 أسرة نزحت إلى قندوز.", "ar", "refugees", 300, "more-than")]
    [InlineData("Ils ont été désarmés, et 12 autres soldats au maximum sont attendus.", "fr", "soldiers", 12, "up-to")]
    public void Qualifier_phrasings_of_the_part_are_read(string text, string language, string key, double value, string qualifier) =>
        QuantityAssert.Single(text, language, key, value, qualifier);

    [Theory]
    [InlineData("The call-up also reached the mountain districts, where some 450 men were summoned, it said.", "en", "about")]
    [InlineData("Die Einberufung erreichte auch die Bergbezirke, wo rund 450 Männer einbestellt wurden.", "de", "about")]
    public void Men_called_up_are_reservists(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "reservists", 450, qualifier);

    // Pashto "غوښتل" is "wanted" as well as "called up": Afghans who wanted to cross the river are no reservists.
    [Fact]
    public void People_who_wanted_to_cross_are_no_reservists() =>
        QuantityAssert.Single("تاجک پوله ساتونکو لږ تر لږه ۱۵۰ افغانان بېرته ستانه کړل چې غوښتل یې له پنج سیند څخه واوړي.", "ps", "refugees", 150, "at-least");
}
