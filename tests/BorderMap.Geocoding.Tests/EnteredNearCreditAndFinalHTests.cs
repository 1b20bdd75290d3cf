namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's seventeenth unseen part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a place named with "near" beside the country people entered, a photographer's name in a
/// credit line, a final -ah written -a, Persian "و" in a name, a name after "near" that a verb of entering follows, a field or
/// square in Persian and Arabic, Indonesian "lima" (five), "taking" a district, Persian "from the side of" a country, and a town
/// beside the sentence's other town against its namesake farther off.
/// </summary>
public class EnteredNearCreditAndFinalHTests
{
    private const string TajikIshkashim = "gn:1221614";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("Some 40 Afghan soldiers who fled the town of Zebak in Badakhshan province crossed into Tajikistan near Ishkashim on Friday.", "en", "Ishkashim")]
    [InlineData("Etwa 40 afghanische Soldaten aus der Provinz Badachschan überquerten am Freitag bei Ischkaschim die Grenze nach Tadschikistan.", "de", "Ischkaschim")]
    [InlineData("Около 40 афганских военных из провинции Бадахшан в пятницу перешли в Таджикистан у Ишкашима.", "ru", "Ишкашима")]
    [InlineData("حدود ۴۰ سرباز افغان از ولایت بدخشان روز جمعه در نزدیکی اشکاشم وارد تاجیکستان شدند.", "fa", "اشکاشم")]
    [InlineData("وعبر نحو ٤٠ جنديا أفغانيا من ولاية بدخشان يوم الجمعة إلى طاجيكستان قرب إشكاشم.", "ar", "إشكاشم")]
    public void A_place_near_which_people_entered_a_country_is_that_countrys(string text, string language, string name) =>
        Assert.Equal(TajikIshkashim, PlaceOf(text, language, name));

    [Fact]
    public void A_place_people_fled_from_before_entering_a_country_keeps_its_own_side() =>
        Assert.Equal("gn:1148268", PlaceOf("Some 40 Afghan soldiers who fled Ishkashim in Badakhshan province crossed into Tajikistan on Friday.", "en", "Ishkashim"));

    [Fact]
    public void From_the_side_of_a_country_is_no_country_entered() =>
        Assert.Equal("gn:1220826", PlaceOf("نزدیک به ۲۰۰۰ تن از سوی افغانستان در نزدیکی شهر فرخار در ولایت ختلان گرد آمده‌اند.", "fa", "فرخار"));

    [Theory]
    [InlineData("PHOTO: Displaced families rest in a park in Taloqan, July 16, 2021. (Newswire/Sayed Najib Hashimi)", "en", "Sayed")]
    [InlineData("FOTO: Vertriebene Familien ruhen sich in einem Park in Talokan aus, 16. Juli 2021. (Newswire/Sayed Najib Hashimi)", "de", "Sayed")]
    [InlineData("ФОТО: Семьи переселенцев отдыхают в парке Талукана, 16 июля 2021 года. (Newswire/Сайед Наджиб Хашими)", "ru", "Сайед")]
    public void A_photographers_name_in_a_credit_is_no_place(string text, string language, string word)
    {
        var mentions = Repository.Finder.Find(text, language);
        Assert.DoesNotContain(mentions, m => m.Text == word);
        Assert.Contains(mentions, m => m.Best.Place.Id == "gn:1123004");
    }

    [Fact]
    public void A_place_in_brackets_without_a_credits_slash_is_still_read() =>
        Assert.Equal("gn:1123004", PlaceOf("Families fled to the provincial capital (Taloqan) on Thursday.", "en", "Taloqan"));

    [Theory]
    [InlineData("The Taliban overran the Tala wa Barfak and Dahana-ye Ghori districts of Baghlan province on Saturday.", "en", "Tala wa Barfak", "d2:AF.03.1305")]
    [InlineData("The Taliban overran the Tala wa Barfak and Dahana-ye Ghori districts of Baghlan province on Saturday.", "en", "Dahana-ye Ghori", "d2:AF.03.1303")]
    [InlineData("Толибон рӯзи шанбе ноҳияҳои Тала ва Барфак ва Даҳанаи Ғорӣ-и вилояти Бағлонро забт карданд.", "tg", "Тала ва Барфак", "d2:AF.03.1305")]
    [InlineData("Nearly 400 families from Dasht-e Qala, a town on the Panj, have fled to Taloqan.", "en", "Dasht-e Qala", "gn:1143814")]
    public void A_final_ah_written_a_is_the_same_name(string text, string language, string name, string id) =>
        Assert.Equal(id, PlaceOf(text, language, name));

    [Theory]
    [InlineData("طالبان روز شنبه ولسوالی‌های تاله و برفک و دهنه غوری در ولایت بغلان را تصرف کردند.", "fa", "تاله و برفک")]
    [InlineData("قال عضو في مجلس ولاية بغلان إن طالبان اجتاحت مديريتي تالة وبرفك ودهنة غوري.", "ar", "تالة وبرفك")]
    public void Persian_and_in_a_name_is_written_as_the_name_says(string text, string language, string name) =>
        Assert.Equal("d2:AF.03.1305", PlaceOf(text, language, name));

    [Theory]
    [InlineData("۵۳ سرباز افغان روز جمعه در نزدیکی اشکاشم وارد تاجیکستان شدند.", "fa", "اشکاشم")]
    [InlineData("53 افغان فوجی جمعہ کو اشکاشم کے قریب تاجکستان میں داخل ہو گئے۔", "ur", "اشکاشم")]
    public void A_name_after_near_is_the_settlement_whatever_verb_of_entering_follows(string text, string language, string name) =>
        Assert.Equal(TajikIshkashim, PlaceOf(text, language, name));

    [Theory]
    [InlineData("حدود ۲۰۰۰ نظامی روز شنبه برای رزمایش به میدان تیری در نزدیکی مرز رفتند.", "fa", "میدان")]
    [InlineData("خرج نحو ٢٠٠٠ عسكري لإجراء تدريبات في ميدان رماية قرب الحدود.", "ar", "ميدان")]
    [InlineData("Lima puluh tiga tentara menyeberang ke Tajikistan pada Jumat.", "id", "Lima")]
    public void A_common_word_of_the_texts_language_is_no_place(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Fact]
    public void A_district_and_seat_after_taking_is_the_district() =>
        Assert.Equal("d2:AF.26.1207", PlaceOf("The Taliban now hold most of Takhar after taking Kalafgan on Friday.", "en", "Kalafgan"));

    [Fact]
    public void Arabic_left_before_a_district_and_seat_gives_up_the_district() =>
        Assert.Equal("d2:AF.03.1303", PlaceOf("وأضاف أن أكثر من سبعين جنديا تركوا دهنة غوري ووصلوا إلى بول خمري.", "ar", "دهنة غوري"));

    [Fact]
    public void Of_two_towns_of_one_name_the_one_beside_the_sentences_other_town_is_meant() =>
        Assert.Equal("gn:1221259", PlaceOf("Таджикистан направил военных в Колхозабад и Джиликуль Хатлонской области.", "ru", "Колхозабад"));
}
