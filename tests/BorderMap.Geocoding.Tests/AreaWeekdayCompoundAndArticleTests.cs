namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's twenty-second unseen part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): "the area of" a town and a town in apposition read as the same-named district, a weekday after a
/// time of day read as Dushanbe, the first part of a name joined by its ezafe guessed as a short name, an Arabic noun with its article
/// guessed by its consonants, the last word of a name that starts with Arabic "Abd al-" found alone, a Persian adjective made from a name,
/// the last word of a Tajik ezafe name read as a far-away place, and a byline's name read as a time of day.
/// </summary>
public class AreaWeekdayCompoundAndArticleTests
{
    private const string ChahAbTown = "gn:1145897";
    private const string AbdurahmoniJomiTown = "gn:1221136";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("About 300 families left the area of Chah Ab after shelling on Sunday, an official said.", "en", "Chah Ab")]
    [InlineData("Sekitar 300 keluarga meninggalkan kawasan Chah Ab setelah tembakan mortir, kata seorang pejabat.", "id", "Chah Ab")]
    [InlineData("هغه وویل چې شاوخوا ۳۰۰ کورنیو د چاه اب سیمه پرېښوده او رستاق ته ولاړې.", "ps", "چاه اب")]
    public void The_area_of_a_town_is_the_town_not_its_district(string text, string language, string name) =>
        Assert.Equal(ChahAbTown, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Около 300 семей покинули район Чахаба, городка у реки, сообщил чиновник.", "ru", "Чахаба")]
    [InlineData("او گفت حدود ۳۰۰ خانواده منطقه چاه آب، شهرکی در کنار رود، را ترک کردند.", "fa", "چاه آب")]
    [InlineData("وأضاف أن نحو ٣٠٠ عائلة غادرت منطقة جاه آب، وهي بلدة قرب النهر، بعد القصف.", "ar", "جاه آب")]
    [InlineData("Etwa 300 Familien verließen Tschah Ab, eine Kleinstadt am Fluss, nach dem Beschuss.", "de", "Tschah Ab")]
    public void A_town_in_apposition_outweighs_a_word_for_area_or_district_before_it(string text, string language, string name) =>
        Assert.Equal(ChahAbTown, PlaceOf(text, language, name));

    [Fact]
    public void A_district_named_so_stays_the_district_when_no_apposition_says_town()
    {
        Assert.Equal("d2:AF.26.1209", PlaceOf("The Taliban took the Chah Ab district on Sunday, an official said.", "en", "Chah Ab"));
        Assert.Equal("d2:AF.26.1209", PlaceOf("Талибы в воскресенье захватили район Чахаб, сообщил чиновник.", "ru", "Чахаб"));
    }

    [Theory]
    [InlineData("مرزبانی گفت سربازان پیش از سپیده‌دم دوشنبه از رود گذشتند.", "fa", "دوشنبه")]
    [InlineData("پوله ساتو وویل چې سرتېري د دوشنبې له سهاره مخکې له سیند څخه تېر شول.", "ps", "دوشنبې")]
    [InlineData("او گفت نیروها صبح دوشنبه به مرز رسیدند.", "fa", "دوشنبه")]
    public void A_weekday_after_a_time_of_day_is_no_capital(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Fact]
    public void Dushanbe_going_to_it_is_still_the_capital() =>
        Assert.Equal("gn:1221874", PlaceOf("هیئت افغان روز سه‌شنبه به دوشنبه رفت.", "fa", "دوشنبه"));

    [Theory]
    [InlineData("Les talibans ont pris le village de Tchitchka, dans le district de Dacht-e Qala, dimanche.", "fr", "Dacht")]
    [InlineData("وقال مسؤول إن حركة طالبان اجتاحت القرية بعد ليلة من القتال يوم الأحد.", "ar", "القتال")]
    public void A_guess_needs_a_word_that_stands_alone(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Theory]
    [InlineData("وزارت دفاع گفت دست‌کم ۸۰۰ سرباز در نزدیکی شهرک عبدالرحمن جامی مستقر شده‌اند.", "fa", "عبدالرحمن جامی")]
    [InlineData("وقالت وزارة الدفاع إن ٨٠٠ جندي اتخذوا مواقع قرب بلدة عبد الرحمن جامي.", "ar", "عبد الرحمن جامي")]
    [InlineData("وزارت دفاع نے بتایا کہ 800 فوجیوں نے قصبے عبدالرحمٰن جامی کے قریب پوزیشنیں سنبھال لیں۔", "ur", "عبدالرحمٰن جامی")]
    public void A_name_that_starts_with_abd_al_is_found_whole(string text, string language, string name) =>
        Assert.Equal(AbdurahmoniJomiTown, PlaceOf(text, language, name));

    [Theory]
    [InlineData("سربازان در روستاهای کوهستانی شمال کولاب مستقر شدند.", "fa", "کوهستانی")]
    [InlineData("Толибон рӯзи чоршанбе Даври Работ, маркази ноҳияи Чаҳордараро забт карданд.", "tg", "Работ")]
    public void An_adjective_of_a_name_and_the_end_of_a_tajik_compound_are_no_places(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Fact]
    public void A_bylines_name_before_a_place_is_no_time_of_day() =>
        Assert.Equal("gn:1125444", PlaceOf("رپورٹنگ: نجیب سحر، شبرغان، اور اولگا مرکل", "ur", "شبرغان"));
}
