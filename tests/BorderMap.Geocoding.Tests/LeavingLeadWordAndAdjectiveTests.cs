namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's fifteenth unseen part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a district left, a Perso-Arabic name's missing first word, Arabic letters for Persian ones,
/// a country's adjective, Arabic منطقة as a district word, a two-word guess that would swallow a name's first word, and Tajik's one
/// word for the two Shughnans.
/// </summary>
public class LeavingLeadWordAndAdjectiveTests
{
    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("Khan-e Char Bagh fell on Wednesday. More than 70 soldiers who left Khan-e Char Bagh crossed into Turkmenistan overnight, he said.", "en")]
    [InlineData("Khan-e Char Bagh fiel am Mittwoch. Mehr als 70 Soldaten, die Khan-e Char Bagh verlassen hatten, seien nach Turkmenistan übergetreten.", "de")]
    [InlineData("Khan-e Char Bagh est tombé mercredi. Plus de 70 soldats qui avaient quitté Khan-e Char Bagh sont passés au Turkménistan.", "fr")]
    public void Soldiers_who_left_a_district_and_its_seat_left_the_district(string text, string language) =>
        Assert.All(Repository.Finder.Find(text, language).Where(m => m.Text == "Khan-e Char Bagh"), m => Assert.Equal("d2:AF.07.1811", m.Best.Place.Id));

    [Fact]
    public void Residents_of_a_district_seat_are_still_the_towns() =>
        Assert.Equal("gn:1148658", PlaceOf("Residents of Andkhoy said the bazaar was shut and families had left.", "en", "Andkhoy"));

    [Theory]
    [InlineData("طالبان ولسوالی‌های قرم قول و خان چهار باغ در ولایت فاریاب را تصرف کردند.", "fa", "خان چهار باغ")]
    [InlineData("طالبان نے صوبہ فاریاب کے اضلاع قرم قول اور خان چہار باغ پر قبضہ کر لیا۔", "ur", "خان چہار باغ")]
    [InlineData("سيطرت طالبان على مديريتي قرم قول وخان جهار باغ في ولاية فارياب.", "ar", "وخان جهار باغ")]
    public void A_name_is_read_with_the_first_word_its_Persian_spelling_leaves_out(string text, string language, string name) =>
        Assert.Equal("d2:AF.07.1811", PlaceOf(text, language, name));

    [Fact]
    public void A_word_before_a_name_is_no_first_word_of_a_variant_name() =>
        // "Shahr-e Qonduz" is one of the town's variant names, not its own: the highway is no part of the name.
        Assert.DoesNotContain(Repository.Finder.Find("طالبان شاهراه کندز را بستند.", "fa"), m => m.Text == "شاهراه کندز");

    [Theory]
    [InlineData("ووصل القتال إلى أطراف بل خمري عاصمة ولاية بغلان.", "بل خمري")]
    [InlineData("وقال سكان إن عائلات فرت من جهار باغ إلى ميمنة.", "جهار باغ")]
    public void Arabic_writes_b_and_j_for_Persian_p_and_ch(string text, string name) =>
        Assert.Contains(PlaceOf(text, "ar", name), new[] { "gn:1130490", "gn:1137147", "d2:AF.07.1811" });

    [Theory]
    [InlineData("Some 1,200 Russian soldiers held firing drills near the town of Dangara, the Russian military said.", "en", "Russian")]
    [InlineData("حدود ۱۲۰۰ سرباز روسی در نزدیکی شهر دنغره تمرین کردند.", "fa", "روسی")]
    [InlineData("وأجرى نحو ١٢٠٠ جندي روسي تدريبات قرب مدينة دانغارا، بحسب الجيش الروسي.", "ar", "الروسي")]
    [InlineData("تقریباً 1200 روسی فوجیوں نے شہر دنگرہ کے قریب مشقیں کیں۔", "ur", "روسی")]
    public void A_countrys_adjective_is_no_place(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Fact]
    public void Arabic_mintaqa_before_a_district_and_its_seat_is_the_district() =>
        Assert.Equal("d2:TJ.02.8221261", PlaceOf("واستدعى مكتب التجنيد في منطقة كولاب جنود الاحتياط.", "ar", "كولاب"));

    [Fact]
    public void A_two_word_guess_does_not_swallow_the_first_word_of_a_name() =>
        Assert.Equal("gn:1130490", PlaceOf("کمانڈوز کو طیارے کے ذریعے پل خمری پہنچایا گیا۔", "ur", "پل خمری"));

    [Theory]
    [InlineData("Тақрибан 150 афғон аз ноҳияи Шуғнони Афғонистон ба Тоҷикистон гузаштанд.", "Шуғнони", "cur:shighnan-district")]
    [InlineData("Марзбонон дар ноҳияи Шуғнони Вилояти Мухтори Кӯҳистони Бадахшон посгоҳҳоро тақвият доданд.", "Шуғнони", "cur:shughnon-district")]
    public void Tajik_writes_both_Shughnans_alike_and_the_text_tells_which(string text, string name, string place) =>
        Assert.Equal(place, PlaceOf(text, "tg", name));
}
