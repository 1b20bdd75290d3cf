using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the eleventh number batch missed: young men who thronged to an uprising or to its recruiting points, and men whose names
/// were written down in Pashto's perfect, are reservists; families under tarpaulins are refugees; people supplied or equipped with
/// weapons are mobilised, the weapons a few words from the verb; counts in words of a thousand, its hundreds and the rest ("One thousand
/// two hundred and fifty", "Seribu dua ratus lima puluh", "zweitausendfünfhundert", "Ҳазору дусаду панҷоҳ", Arabic "مئتان وأربعون")
/// are read whole. All sentences are constructed for these tests.
/// </summary>
public class ThrongedTarpaulinsSuppliedAndCompoundCountsTests
{
    // Young men who went to an uprising's recruiting points, whatever the verb of going, are the reserve it raises.
    [Theory]
    [InlineData("Up to 640 young men from Tishkan have rushed to the recruiting points of the uprising, a district official said.", "en")]
    [InlineData("Hingga 640 pemuda dari Tishkan bergegas ke pos perekrutan pemberontakan, kata seorang pejabat distrik.", "id")]
    [InlineData("Bis zu 640 junge Männer aus Tischkan sind zu den Werbestellen der Aufständischen gelaufen, sagte ein Bezirksbeamter.", "de")]
    [InlineData("До 640 молодых людей из Тешкана пришли на вербовочные пункты восстания, сообщил чиновник уезда.", "ru")]
    [InlineData("تا ۶۴۰ جوان از تیشکان به مراکز جذب قیام رفته‌اند، یک مقام ولسوالی گفت.", "fa")]
    [InlineData("تر ۶۴۰ پورې ځوانان له تیشکان څخه د پاڅون د جلب مرکزونو ته ورغلي دي، د ولسوالۍ یوه چارواکي وویل.", "ps")]
    [InlineData("Jusqu'à 640 jeunes de Tichkan se sont rendus aux centres de recrutement du soulèvement, selon un responsable du district.", "fr")]
    public void Young_men_at_an_uprisings_recruiting_points_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 640, "up-to");

    // Young men who thronged or rushed to the uprising itself are its reserve, as those who flocked to it are.
    [Theory]
    [InlineData("More than 260 young men from Argo have thronged to the popular uprising, a spokesman said.", "en")]
    [InlineData("Mehr als 260 junge Männer aus Argo sind zum Volksaufstand geeilt, sagte ein Sprecher.", "de")]
    [InlineData("Более 260 молодых людей из Арго устремились в ряды народного восстания, сообщил представитель.", "ru")]
    [InlineData("Зиёда аз 260 ҷавон аз Арғу ба қиёми мардумӣ шитофтанд, гуфт як сухангӯ.", "tg")]
    [InlineData("بیش از ۲۶۰ جوان از ارگو به قیام مردمی شتافته‌اند، یک سخنگو گفت.", "fa")]
    [InlineData("Plus de 260 jeunes d'Argo ont accouru vers le soulèvement populaire, selon un porte-parole.", "fr")]
    [InlineData("Lebih dari 260 pemuda dari Argo berduyun-duyun bergabung dengan pemberontakan rakyat, kata seorang juru bicara.", "id")]
    public void Young_men_who_thronged_to_an_uprising_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 260, "more-than");

    // Families living under tarpaulins or canvas are refugees, as those under plastic sheeting are.
    [Theory]
    [InlineData("Nearly 90 families have been living under tarpaulins in a field outside Khanabad, an aid worker said.", "en")]
    [InlineData("Hampir 90 keluarga tinggal di bawah terpal di sebuah ladang di luar Khanabad, kata seorang pekerja bantuan.", "id")]
    [InlineData("Fast 90 Familien leben auf einem Feld bei Chanabad unter Planen, sagte ein Helfer.", "de")]
    [InlineData("Почти 90 семей живут под брезентом в поле у Ханабада, сообщил сотрудник гуманитарной организации.", "ru")]
    [InlineData("Қариб 90 оила дар саҳрое назди Хонобод зери брезент зиндагӣ мекунанд, гуфт як корманди кумакрасон.", "tg")]
    [InlineData("نزدیک به ۹۰ خانواده در کشتزاری بیرون از خان‌آباد زیر برزنت زندگی می‌کنند، یک امدادگر گفت.", "fa")]
    [InlineData("تعيش قرابة 90 عائلة تحت أغطية مشمعة في حقل خارج خان آباد، بحسب عامل إغاثة.", "ar")]
    [InlineData("Près de 90 familles vivent sous des toiles goudronnées dans un champ près de Khanabad, selon un humanitaire.", "fr")]
    public void Families_under_tarpaulins_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 90, "nearly");

    // Pashto writes down the names of men who enlisted in its perfect and passive too, not only in its past.
    [Theory]
    [InlineData("لږ تر لږه ۳۱۰ ځوانانو د کلي د ساتونکو په ډلو کې خپل نومونه لیکلي دي، ولسوال وویل.")]
    [InlineData("لږ تر لږه ۳۱۰ سړو د ولسوالۍ د ځان ساتنې په لېست کې نومونه لیکل شوي دي، ولسوال وویل.")]
    public void Pashto_men_whose_names_were_written_down_are_reservists(string text) =>
        QuantityAssert.Single(text, "ps", "reservists", 310, "at-least");

    // People supplied or equipped with weapons are mobilised, the count and its place between the verb and the weapons.
    [Theory]
    [InlineData("Local commanders supplied some 180 villagers in Yaftal with rifles on Tuesday, a resident said.", "en")]
    [InlineData("Komandan setempat membekali sekitar 180 warga desa di Yaftal dengan senapan pada Selasa, kata seorang warga.", "id")]
    [InlineData("Örtliche Kommandeure versorgten am Dienstag rund 180 Dorfbewohner in Jaftal mit Gewehren, sagte ein Anwohner.", "de")]
    [InlineData("Местные командиры во вторник снабдили винтовками около 180 сельчан в Яфтале, рассказал местный житель.", "ru")]
    [InlineData("Фармондеҳони маҳаллӣ рӯзи сешанбе тақрибан 180 деҳотӣ дар Яфталро бо милтиқ таъмин карданд, гуфт як сокин.", "tg")]
    [InlineData("فرماندهان محلی روز سه‌شنبه حدود ۱۸۰ روستایی در یفتل را با تفنگ مجهز کردند، یک باشنده گفت.", "fa")]
    [InlineData("محلي قوماندانانو د سه شنبې په ورځ په یفتل کې شاوخوا ۱۸۰ کلیوال په وسلو مجهز کړل، یوه اوسېدونکي وویل.", "ps")]
    [InlineData("زود قادة محليون يوم الثلاثاء نحو 180 قرويا في يفتل بالبنادق، حسبما قال أحد السكان.", "ar")]
    [InlineData("مقامی کمانڈروں نے منگل کو یفتل کے تقریباً 180 دیہاتیوں کو بندوقوں سے لیس کیا، ایک رہائشی نے کہا۔", "ur")]
    [InlineData("Des commandants locaux ont équipé mardi quelque 180 villageois de Yaftal de fusils, selon un habitant.", "fr")]
    public void People_supplied_with_weapons_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 180, "about");

    // Men equipped with rifles are who they are, as armed men are: the participle after the noun is no call-up.
    [Theory]
    [InlineData("About 500 men equipped with rifles crossed the river near Chah Ab, officials said.", "en")]
    [InlineData("Rund 500 mit Gewehren ausgestattete Männer überquerten den Fluss bei Tschah Ab, sagten Beamte.", "de")]
    public void Men_equipped_with_rifles_are_no_reservists(string text, string language) =>
        Assert.DoesNotContain(NumberFinder.Quantities(text, language), q => q.Key == "reservists");

    // A recruitment that families flee is no recruiting point: those who fled are refugees.
    [Fact]
    public void Families_who_fled_a_forced_recruitment_are_refugees() =>
        QuantityAssert.Single("About 2,000 families fled Kunduz to escape the forced recruitment of their sons, officials said.", "en", "refugees", 2000, "about");

    // A count in words of a thousand, its hundreds and the rest is one count, in every language's way of writing it.
    [Theory]
    [InlineData("One thousand two hundred and fifty families fled the district, officials said.", "en", "One thousand two hundred and fifty")]
    [InlineData("Seribu dua ratus lima puluh keluarga melarikan diri dari distrik itu.", "id", "Seribu dua ratus lima puluh")]
    [InlineData("Eintausendzweihundertfünfzig Familien sind aus dem Bezirk geflohen.", "de", "Eintausendzweihundertfünfzig")]
    [InlineData("Тысяча двести пятьдесят семей бежали из уезда.", "ru", "Тысяча двести пятьдесят")]
    [InlineData("Ҳазору дусаду панҷоҳ оила аз ноҳия гурехтанд.", "tg", "Ҳазору дусаду панҷоҳ")]
    [InlineData("هزار و دویست و پنجاه خانواده از ولسوالی فرار کردند.", "fa", "هزار و دویست و پنجاه")]
    [InlineData("یو زر دوه سوه پنځوس کورنۍ له ولسوالۍ وتښتېدې.", "ps", "یو زر دوه سوه پنځوس")]
    [InlineData("ألف ومئتان وخمسون عائلة فرت من المديرية.", "ar", "ألف ومئتان وخمسون")]
    [InlineData("ایک ہزار دو سو پچاس خاندان ضلع سے بھاگ گئے۔", "ur", "ایک ہزار دو سو پچاس")]
    [InlineData("Mille deux cent cinquante familles ont fui le district.", "fr", "Mille deux cent cinquante")]
    public void A_thousand_its_hundreds_and_the_rest_in_words_are_one_count(string text, string language, string count)
    {
        var quantity = QuantityAssert.Single(text, language, "refugees", 1250, "exact");
        Assert.Equal(count, text.Substring(quantity.Start, quantity.Length));
    }

    // The thousands before the hundreds and the rest, the way each language joins them.
    [Theory]
    [InlineData("Two thousand five hundred and forty families fled the district, officials said.", "en")]
    [InlineData("Zweitausendfünfhundertvierzig Familien sind aus dem Bezirk geflohen.", "de")]
    [InlineData("Две тысячи пятьсот сорок семей бежали из уезда.", "ru")]
    [InlineData("ألفان وخمسمئة وأربعون عائلة فرت من المديرية.", "ar")]
    public void Thousands_hundreds_and_tens_in_words_are_one_count(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 2540, "exact");

    // Arabic two hundred in its dual, alone before its tens ("مئتان وأربعون", "مئتين وأربعين"), and German hundreds above ten ("zwölfhundert").
    [Theory]
    [InlineData("مئتان وأربعون عائلة فرت من القتال في المديرية.", "ar", 240)]
    [InlineData("فرت مئتين وأربعين عائلة من المديرية.", "ar", 240)]
    [InlineData("مائتان وخمسون عائلة فرت من المديرية.", "ar", 250)]
    [InlineData("Zwölfhundert Familien sind aus dem Bezirk geflohen.", "de", 1200)]
    public void Arabic_dual_hundreds_and_German_hundreds_above_ten_are_counts(string text, string language, double value) =>
        QuantityAssert.Single(text, language, "refugees", value, "exact");

    // Thousands and hundreds said vaguely are no count ("Tausende", "Hunderte", "тысячи"), nor is German "planen" (to plan) a tarpaulin.
    [Theory]
    [InlineData("Tausende Menschen und Hunderte Familien sind aus dem Bezirk geflohen.", "de")]
    [InlineData("Тысячи беженцев собрались у границы.", "ru")]
    [InlineData("Die Taliban planen, Familien aus dem Bezirk umzusiedeln, sagte ein Beamter.", "de")]
    public void Vague_thousands_and_plans_are_no_count(string text, string language) =>
        Assert.Empty(NumberFinder.Quantities(text, language));
}
