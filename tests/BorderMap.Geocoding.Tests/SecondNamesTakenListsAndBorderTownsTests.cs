namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of the wire evaluation's thirty-ninth unseen part (round 40): a district's second name given in the
/// clause after it (Kuybyshev, Jomi's former name) is the district; a name taken beside a district of its province is that province's
/// district (Khanabad of Kunduz, not Taloqan, which once bore the name); a capital's name opening a sentence about districts taken, or
/// closing a list of districts taken in it, is the province; a town's word with "border" after it still names the town; a bazaar in
/// the name's own relative clause makes it the town; of two districts listed together, one of a single province says the other's;
/// Tajik «бохт» (lost) is a verb of losing.
/// All sentences are constructed for these tests.
/// </summary>
public class SecondNamesTakenListsAndBorderTownsTests
{
    private const string Jomi = "d2:TJ.02.8220956";
    private const string JomiTown = "gn:1221136";
    private const string KandaharProvince = "AF-KAN";
    private const string KandaharCity = "gn:1138336";

    [Theory]
    [InlineData("Tajik troops were sent to the Jomi district, which older people still call Kuybyshev, on Monday.", "en", "Kuybyshev")]
    [InlineData("Таджикистан направил войска в район Джами, который прежде назывался Куйбышевским.", "ru", "Куйбышевским")]
    [InlineData("نیروهای تاجیک به ناحیه جامی، که پیش‌تر آن را کویبیشف می‌نامیدند، فرستاده شدند.", "fa", "کویبیشف")]
    [InlineData("Les troupes tadjikes ont gagné le district de Jomi, que l'on appelait autrefois Kouïbychev.", "fr", "Kouïbychev")]
    public void A_districts_second_name_in_the_clause_after_it_is_the_district(string text, string language, string name) =>
        Assert.Equal(Jomi, Repository.PlaceIdFound(text, language, name));

    [Fact]
    public void A_former_name_without_a_district_before_it_stays_the_town() =>
        Assert.Equal(JomiTown, Repository.PlaceIdFound("Residents of Kuybyshev said the bazaar had reopened.", "en", "Kuybyshev"));

    [Fact]
    public void A_seat_named_in_another_clause_after_its_district_stays_the_seat() =>
        Assert.Equal("gn:1122705", Repository.PlaceIdFound("Dans le district de Tachkan, les talibans ont pris lundi Bazar-e Tashkan, son chef-lieu.", "fr", "Bazar-e Tashkan"));

    [Theory]
    [InlineData("In Kunduz, the Taliban took Aliabad and Khanabad on Sunday, police said.", "en", "Khanabad")]
    [InlineData("В провинции Кундуз талибы взяли Алиабад и Ханабад.", "ru", "Ханабад")]
    [InlineData("در کندز، طالبان علی‌آباد و خان‌آباد را گرفتند.", "fa", "خان‌آباد")]
    public void A_name_taken_beside_a_district_of_its_province_is_that_provinces_district(string text, string language, string name) =>
        Assert.Equal("d2:AF.24.1406", Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("In Kandahar, fighters overran Maywand, Ghorak and Nesh on Friday.", "en", "Kandahar")]
    [InlineData("Di Kandahar, para pejuang menyerbu Maywand dan Ghorak.", "id", "Kandahar")]
    [InlineData("در قندهار، جنگجویان میوند، غورک و نیش را تصرف کردند.", "fa", "قندهار")]
    [InlineData("په کندهار کې جنګیالیو میوند، غورک او نیش ونیول.", "ps", "کندهار")]
    public void A_capitals_name_opening_a_sentence_about_districts_taken_is_the_province(string text, string language, string name) =>
        Assert.Equal(KandaharProvince, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("The Taliban say they now hold Shorabak, Arghandab and Zhari in Kandahar.", "en", "Kandahar")]
    [InlineData("Die Taliban sagen, sie halten Schorabak, Arghandab und Zhari in Kandahar.", "de", "Kandahar")]
    [InlineData("طالبان می‌گویند شورابک، ارغنداب و ژړی را در قندهار در دست دارند.", "fa", "قندهار")]
    public void A_capitals_name_after_districts_taken_in_it_is_the_province(string text, string language, string name) =>
        Assert.Equal(KandaharProvince, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("In Kandahar, residents said the bazaar had reopened on Friday.")]
    [InlineData("Families from Maywand have reached Kandahar, a refugee official said.")]
    public void A_capitals_name_without_districts_taken_stays_the_city(string text) =>
        Assert.Equal(KandaharCity, Repository.PlaceIdFound(text, "en", "Kandahar"));

    [Theory]
    [InlineData("Le Tadjikistan a envoyé des blindés vers la ville frontalière de Panj. Des soldats afghans ont traversé le Piandj.", "fr", "Panj")]
    [InlineData("Tajikistan mengirim kendaraan lapis baja ke kota perbatasan Panj. Tentara Afghanistan menyeberangi Panj.", "id", "Panj")]
    public void A_towns_word_with_border_after_it_names_the_town(string text, string language, string name) =>
        Assert.Equal("gn:1220750", Repository.Finder.Find(text, language).First(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_districts_word_with_border_after_it_does_not_make_a_country_a_district() =>
        Assert.Equal("CN", Repository.PlaceIdFound("Le Tadjikistan a renforcé Mourgab, son district frontalier de la Chine.", "fr", "Chine"));

    [Fact]
    public void A_seat_a_province_lost_in_Tajik_is_the_district() =>
        Assert.Equal("d2:AF.10.2307", Repository.PlaceIdFound("Ҳилманд рӯзи шанбе Вошер ва Дишу-ро ба Толибон бохт, гуфт як масъул.", "tg", "Вошер"));

    [Theory]
    [InlineData("The Taliban entered the Lashkar Gah district from Nad Ali, whose bazaar they have held since Friday.", "en", "Nad Ali")]
    [InlineData("Taliban memasuki distrik Lashkar Gah dari Nad Ali, yang pasarnya mereka kuasai sejak Jumat.", "id", "Nad Ali")]
    [InlineData("Талибы вошли в уезд Лашкаргах со стороны Наде-Али, базар которого они удерживают с пятницы.", "ru", "Наде-Али")]
    public void A_name_whose_bazaar_its_own_clause_names_is_the_town(string text, string language, string name) =>
        Assert.Equal("gn:1132550", Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("Reservists were called up in the Yavan and Khovaling districts, days after the Taliban reached Fayzabad in Badakhshan.", "en", "Yavan")]
    [InlineData("Резервистов призвали в Яванском и Ховалингском районах после боёв у Файзабада в Бадахшане.", "ru", "Яванском")]
    [InlineData("د یاوان او خاولینګ په ولسوالیو کې زېرمه سرتېري راوبلل شول، وروسته له هغه چې طالبان د بدخشان فیض اباد ته ورسېدل.", "ps", "یاوان")]
    public void A_district_listed_with_a_district_of_one_province_is_that_provinces(string text, string language, string name) =>
        Assert.Equal("d2:TJ.02.1220107", Repository.PlaceIdFound(text, language, name));
}
