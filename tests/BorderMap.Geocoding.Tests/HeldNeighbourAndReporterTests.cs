namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of round 26's unseen part, each checked on sentences of its own (constructed by the project, not taken from a
/// report): a district its soldiers held read as its seat; "neighbouring" Baghlan read as the province's same-named town; a reporter's
/// first name in a credit line read as a town; Tajik "Хеле" (very) read as Chile.
/// </summary>
public class HeldNeighbourAndReporterTests
{
    private const string QarqinDistrict = "d2:AF.31.1705";
    private const string Baghlan = "AF-BGL";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    private static IEnumerable<string> Found(string text, string language) => Repository.Finder.Find(text, language).Select(m => m.Text);

    [Theory]
    [InlineData("Les miliciens qui tenaient Qarqin se sont retirés vers le sud mardi.", "fr", "Qarqin")]
    [InlineData("Die Milizen, die Qarqin gehalten hatten, zogen am Dienstag nach Süden ab.", "de", "Qarqin")]
    [InlineData("Милиса, ки Қарқин-ро нигоҳ медошт, рӯзи сешанбе ба ҷануб рафт.", "tg", "Қарқин")]
    [InlineData("ملیشه‌هایی که قرقین را در اختیار داشتند، روز سه‌شنبه به جنوب رفتند.", "fa", "قرقین")]
    [InlineData("هغو ملېشو چې قرقین یې ساتلی و، د سه شنبې په ورځ سوېل ته لاړل.", "ps", "قرقین")]
    public void A_place_its_soldiers_held_is_the_district(string text, string language, string name) =>
        Assert.Equal(QarqinDistrict, PlaceOf(text, language, name));

    [Fact]
    public void People_from_the_same_name_are_the_town() =>
        Assert.Equal("gn:1129516", PlaceOf("Families from Qarqin rested in a mosque courtyard on Sunday.", "en", "Qarqin"));

    [Theory]
    [InlineData("In neighbouring Baghlan, government forces gave up two districts on Saturday.", "en", "Baghlan")]
    [InlineData("Im benachbarten Baghlan gaben Regierungstruppen am Samstag zwei Bezirke auf.", "de", "Baghlan")]
    [InlineData("په ګاونډي بغلان کې دولتي ځواکونو د شنبې په ورځ دوه ولسوالۍ پرېښودې.", "ps", "بغلان")]
    public void Neighbouring_with_no_kind_word_is_the_province(string text, string language, string name) =>
        Assert.Equal(Baghlan, PlaceOf(text, language, name));

    [Fact]
    public void A_town_in_baghlan_stays_the_town() =>
        Assert.Equal("gn:1147540", PlaceOf("Shops in Baghlan town stayed shut on Saturday.", "en", "Baghlan"));

    [Theory]
    [InlineData("Dilaporkan oleh Sayed Omar di Sheberghan; Disunting oleh Tom Brecht", "id")]
    [InlineData("Berichterstattung: Sayed Omar in Scheberghan; Redaktion: Tom Brecht", "de")]
    [InlineData("Reportage de Sayed Omar à Cheberghan ; édition Tom Brecht", "fr")]
    public void A_reporters_name_in_a_credit_line_is_no_place_and_the_place_after_it_is(string text, string language)
    {
        var found = Found(text, language).ToList();
        Assert.DoesNotContain("Sayed", found);
        Assert.Single(found);
    }

    [Theory]
    [InlineData("Reporting by Hamid Sultani, Kabul; Editing by Paul Carrow", "en", "Kabul")]
    [InlineData("رپورٹنگ: حامد صافی خان آباد سے؛ ادارت: ٹام بارلو", "ur", "خان آباد")]
    public void A_place_after_the_reporters_name_is_a_place(string text, string language, string name) =>
        Assert.Contains(name, Found(text, language));

    [Fact]
    public void Tajik_very_is_no_country() =>
        Assert.DoesNotContain("Хеле", Found("Хеле бештар аз 600 сарбоз ба Шибирғон ақиб нишастанд.", "tg"));
}
