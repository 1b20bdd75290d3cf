using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the sixth held-out number batch missed: new recruits are reservists ("new recruits", "Rekruten", "новобранцев", "رنگروٹ");
/// men who join or register with a militia or a self-defence unit, or register as volunteers, are reservists ("registered with the
/// militia", "вступили в ополчение", "ба лашкари халқӣ сабти ном шуданд", "انضموا إلى الميليشيا"); families ferried across a river are
/// refugees ("ferried", "fait traverser", "عبور دادند", "پورې وېستل"); the plain past of "to arm" before the count ("armed about 380
/// young men", "bewaffneten am Montag", "سلّح" opening the sentence) mobilises, the adjective ("armed men") does not; German evacuees
/// ("Evakuierte"), the Tajik spelling of commandos ("командос"), a Tajik volunteer right after the count ("420 ихтиёрӣ"), a Russian
/// attribute with its preposition ("обученных в лагерях") and the Urdu subject closed by "نے". All sentences are constructed for these tests.
/// </summary>
public class RecruitsMilitiaFerriesAndArmingVerbsTests
{
    [Theory]
    [InlineData("Nearly 380 new recruits arrived in Khorog on Monday, the district head said.", "en")]
    [InlineData("Fast 380 neue Rekruten trafen am Montag in Chorog ein, sagte der Bezirksvorsteher.", "de")]
    [InlineData("Почти 380 новобранцев в понедельник прибыли в Хорог, сообщил глава района.", "ru")]
    [InlineData("Қариб 380 навкор рӯзи душанбе ба Хоруғ омаданд, гуфт раиси ноҳия.", "tg")]
    [InlineData("نزدیک به ۳۸۰ نیروی تازه‌استخدام روز دوشنبه به خاروغ رسیدند، رئیس ناحیه گفت.", "fa")]
    [InlineData("نږدې ۳۸۰ نوي جذب شوي ځوانان د دوشنبې په ورځ خاروغ ته ورسېدل، د ولسوالۍ مشر وویل.", "ps")]
    [InlineData("وصل قرابة 380 مجندا جديدا إلى خاروغ يوم الاثنين، بحسب رئيس المديرية.", "ar")]
    [InlineData("قریب 380 نئے رنگروٹ پیر کو خاروغ پہنچے، ضلع کے سربراہ نے کہا۔", "ur")]
    [InlineData("Hampir 380 rekrutan baru tiba di Khorog pada Senin, kata ketua distrik.", "id")]
    [InlineData("Près de 380 nouvelles recrues sont arrivées lundi à Khorog, a indiqué le chef du district.", "fr")]
    public void New_recruits_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 380, "nearly");

    [Theory]
    [InlineData("More than 380 local men registered with the militia in Vanj on Monday, the district head said.", "en")]
    [InlineData("Mehr als 380 Männer aus Wandsch sind am Montag der Miliz beigetreten, sagte der Bezirksvorsteher.", "de")]
    [InlineData("Более 380 местных мужчин в понедельник вступили в ополчение в Ванче, сообщил глава района.", "ru")]
    [InlineData("Беш аз 380 марди маҳаллӣ рӯзи душанбе дар Ванҷ ба лашкари худмудофиа пайвастанд, гуфт раиси ноҳия.", "tg")]
    [InlineData("بیش از ۳۸۰ مرد محلی روز دوشنبه در ونج به ملیشه‌ها پیوستند، رئیس ناحیه گفت.", "fa")]
    [InlineData("تر ۳۸۰ ډېرو سیمه ییزو سړو د دوشنبې په ورځ په ونج کې له ملېشو سره یوځای شول، د ولسوالۍ مشر وویل.", "ps")]
    [InlineData("انضم أكثر من 380 رجلا من فانج يوم الاثنين إلى الميليشيا المحلية، بحسب رئيس المديرية.", "ar")]
    [InlineData("پیر کو ونج میں 380 سے زیادہ مقامی مرد ملیشیا میں شامل ہوئے، ضلع کے سربراہ نے کہا۔", "ur")]
    [InlineData("Lebih dari 380 pria dari Vanj bergabung dengan milisi pada Senin, kata ketua distrik.", "id")]
    [InlineData("Plus de 380 hommes de Vanj ont rejoint lundi la milice locale, a indiqué le chef du district.", "fr")]
    public void Men_who_joined_a_militia_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 380, "more-than");

    [Theory]
    [InlineData("Boats ferried 140 families from Chahi Ab to Farkhor on Monday.", "en")]
    [InlineData("Қаиқҳо рӯзи душанбе 140 оиларо аз дарё ба Фархор гузарониданд.", "tg")]
    [InlineData("قایق‌ها روز دوشنبه ۱۴۰ خانواده را از رودخانه به فرخار عبور دادند.", "fa")]
    [InlineData("کښتیو د دوشنبې په ورځ ۱۴۰ کورنۍ فرخار ته د سیند پورې ووېستې.", "ps")]
    [InlineData("نقلت قوارب يوم الاثنين 140 عائلة عبر النهر إلى فرخار.", "ar")]
    [InlineData("Des bateaux ont fait traverser lundi le fleuve à 140 familles jusqu'à Farkhor.", "fr")]
    public void Families_ferried_across_a_river_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 140, "exact");

    [Theory]
    [InlineData("Police commanders armed about 380 young men in Darvoz on Monday, residents said.", "en")]
    [InlineData("Polizeikommandeure bewaffneten am Montag rund 380 junge Männer in Darwos, sagten Anwohner.", "de")]
    [InlineData("سلّح قادة الشرطة يوم الاثنين نحو 380 شابا في دارواز، حسبما قال سكان.", "ar")]
    public void Men_armed_by_a_plain_past_verb_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 380, "about");

    [Theory]
    [InlineData("About 380 armed men crossed the river near Darvoz on Monday.", "en")]
    [InlineData("Rund 380 bewaffnete Männer überquerten am Montag den Fluss bei Darwos.", "de")]
    [InlineData("Die bewaffneten Männer, rund 380, überquerten am Montag den Fluss bei Darwos.", "de")]
    public void Armed_men_as_an_adjective_are_not_mobilised(string text, string language) =>
        Assert.DoesNotContain(NumberFinder.Quantities(text, language), q => q.Key == "reservists");

    [Fact]
    public void German_evacuees_are_refugees() =>
        QuantityAssert.Single("Ein Flugzeug brachte am Montag 140 afghanische Evakuierte nach Duschanbe.", "de", "refugees", 140, "exact");

    [Fact]
    public void Tajik_commandos_are_soldiers() =>
        QuantityAssert.Single("Чорсад командоси афғон шабона ба Тоҷикистон гузаштанд.", "tg", "soldiers", 400, "exact");

    [Fact]
    public void A_Russian_attribute_with_its_preposition_leaves_the_noun_in_reach() =>
        QuantityAssert.Single("Двести обученных в лагерях афганских десантников перешли в Таджикистан.", "ru", "soldiers", 200, "exact");

    [Fact]
    public void A_Tajik_volunteer_right_after_the_count_is_a_reservist() =>
        QuantityAssert.Single("Тақрибан 420 ихтиёрӣ рӯзи душанбе дар Ванҷ номнавис шуданд.", "tg", "reservists", 420, "about");

    [Fact]
    public void Tajik_voluntarily_after_soldiers_leaves_them_soldiers() =>
        QuantityAssert.Single("Тақрибан 420 сарбози афғон ихтиёрӣ ба Тоҷикистон гузаштанд.", "tg", "soldiers", 420, "about");

    [Fact]
    public void An_Urdu_subject_ends_at_its_ergative_marker() =>
        QuantityAssert.Single("ونج میں تقریباً 420 نوجوانوں نے پولیس کی مدد کے لیے رضاکار کے طور پر نام لکھوائے۔", "ur", "reservists", 420, "about");
}
