namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's twenty-first unseen part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a district's centre named by its own name in apposition, the 201st base named in the languages
/// the gazetteer lacked, a checkpoint word read as a verb of holding, Chahar Dara in each language's spelling, weekdays and words of quantity read as places, and a base's garrison read from a town named only as a point of reference.
/// </summary>
public class SeatAppositionBaseAndCommonWordTests
{
    private const string ChaharDaraDistrict = "d2:AF.24.1404";
    private const string DowrERabat = "gn:1145364";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("Taliban merebut Dowr-e Rabat, pusat distrik Chahar Dara, pada Rabu, kata seorang anggota dewan.", "id", "Dowr-e Rabat")]
    [InlineData("Талибы в среду захватили Даври-Рабат, центр уезда Чахардара, сообщил член совета.", "ru", "Даври-Рабат")]
    [InlineData("طالبانو د چهارشنبې په ورځ د چهاردرې ولسوالۍ مرکز دور رباط ونیو، د شورا یوه غړي وویل.", "ps", "دور رباط")]
    [InlineData("صوبائی کونسل کے ایک رکن نے بتایا کہ طالبان نے بدھ کو ضلع چہار درہ کے مرکز دور رباط پر قبضہ کر لیا۔", "ur", "دور رباط")]
    public void A_district_centre_named_by_its_own_name_beside_the_districts_is_the_town(string text, string language, string seat) =>
        Assert.Equal(DowrERabat, PlaceOf(text, language, seat));

    [Theory]
    [InlineData("The Taliban took the centre of Chahar Dara on Wednesday, a council member said.", "en", "Chahar Dara")]
    [InlineData("Талибы в среду захватили уездный центр Чахардара, сообщил член совета.", "ru", "Чахардара")]
    public void A_centre_named_by_the_districts_name_stays_the_district(string text, string language, string name) =>
        Assert.Equal(ChaharDaraDistrict, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Sekitar 500 personel militer Rusia dari Pangkalan Militer ke-201 bergerak ke lapangan tembak, kata militer Rusia.", "id", "Pangkalan Militer ke-201")]
    [InlineData("Quelque 500 militaires russes de la 201e base militaire se sont déplacés vers un champ de tir, a indiqué l'armée russe.", "fr", "201e base militaire")]
    [InlineData("Тақрибан 500 хизматчии ҳарбии пойгоҳи 201-уми низомӣ ба майдони тирандозӣ кӯчиданд.", "tg", "пойгоҳи 201-уми низомӣ")]
    [InlineData("ارتش روسیه گفت حدود ۵۰۰ نظامی از پایگاه نظامی ۲۰۱ به میدان تیر منتقل شدند.", "fa", "پایگاه نظامی ۲۰۱")]
    [InlineData("وقال الجيش الروسي إن نحو ٥٠٠ عسكري من القاعدة العسكرية 201 انتقلوا إلى ميدان رماية.", "ar", "القاعدة العسكرية 201")]
    public void The_201st_base_is_found_by_the_name_each_language_gives_it(string text, string language, string name) =>
        Assert.Equal("cur:201st-base-dushanbe", PlaceOf(text, language, name));

    [Theory]
    [InlineData("FOTO: Afghanische Polizisten an einem Kontrollpunkt an der Straße von Kundus nach Aliabad, 28. Juli 2021.", "de")]
    [InlineData("PHOTO : Des policiers afghans à un poste de contrôle sur la route de Kunduz à Aliabad, le 28 juillet 2021.", "fr")]
    [InlineData("ФОТО: Афганские полицейские на контрольно-пропускном пункте на дороге из Кундуза в Алиабад, 28 июля 2021 года.", "ru")]
    public void A_checkpoint_holds_no_road_end_it_names(string text, string language) =>
        Assert.Equal("gn:1467976", Repository.Finder.Find(text, language)[^1].Best.Place.Id);

    [Theory]
    [InlineData("وفي بدخشان، اجتاحت طالبان في وقت متأخر من ليل الخميس قرية زيركي، بحسب مسؤول.", "ar", "الخميس")]
    [InlineData("وقالت الوزارة إن القوات وصلت يوم الخميس إلى الحدود.", "ar", "الخميس")]
    [InlineData("ارتش گفت سربازان به میدان تیری در چند کیلومتری شرق بختر منتقل شدند.", "fa", "چند")]
    [InlineData("کمیساریا وویل چې د کولاب شمال ته په نورو غرنیو کلیو کې احتیاط ځواکونه وغوښتل شول.", "ps", "نورو")]
    [InlineData("د تالقان سوېل لوېدیځ ته د نورو کلیو څخه کورنۍ د ولایت مرکز ته رسېدلې دي.", "ps", "نورو")]
    public void Weekdays_and_words_of_quantity_are_no_places(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text.StartsWith(word, StringComparison.Ordinal));

    [Fact]
    public void Chahar_dara_is_found_in_the_spellings_of_each_language()
    {
        Assert.Equal(ChaharDaraDistrict, PlaceOf("Не менее 180 военных, покинувших уезд Чахардара, ночью отошли в Кундуз.", "ru", "Чахардара"));
        Assert.Equal(ChaharDaraDistrict, PlaceOf("Au moins 180 soldats qui avaient quitté le district de Tchahar Dara se sont repliés sur Kunduz.", "fr", "Tchahar Dara"));
        Assert.Equal(ChaharDaraDistrict, PlaceOf("وأضاف أن جنودا غادروا مديرية جهار دره انسحبوا ليلا إلى مدينة قندوز.", "ar", "جهار دره"));
    }

    [Theory]
    [InlineData("Some 500 Russian servicemen of the 201st military base moved to a range near Bustonqala, a few kilometres east of Bokhtar, the military said.", "en", "201st military base", "cur:201st-base-dushanbe")]
    [InlineData("Порядка 500 военнослужащих 201-й военной базы выдвинулись на полигон у Бустонкалы, в нескольких километрах к востоку от Бохтара.", "ru", "201-й военной базы", "cur:201st-base-dushanbe")]
    [InlineData("Servicemen of the 201st military base in Bokhtar held drills on Friday, the military said.", "en", "201st military base", "cur:201st-base-bokhtar")]
    public void A_town_named_only_as_a_point_of_reference_hosts_no_garrison(string text, string language, string name, string id) =>
        Assert.Equal(id, PlaceOf(text, language, name));
}
