namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of the wire evaluation's thirty-seventh unseen part (round 38): a district named by a head word and
/// its seat's name ("Rēg-e Khān Neshīn") is called by the seat's name; a district-and-seat name listed beside a district of its province
/// is the district whatever verb the list stands under; a name beside a mosque word is the mosque's, no town abroad; an Arabic or Urdu
/// bridge word beside a town's name read by its consonants is the crossing named after the town; Arabic "سكان" (inhabitants) is no
/// place; "neighbouring" before a district's name. All sentences are constructed for these tests.
/// </summary>
public class ListedSeatsLandmarksAndGuessedBridgesTests
{
    private const string KhanNeshinDistrict = "d2:AF.10.2313";

    [Theory]
    [InlineData("The Taliban say they now hold the Garmsir and Khan Neshin districts.", "en", "Khan Neshin")]
    [InlineData("Талибы заявили, что контролируют уезды Гармсер и Ханнешин.", "ru", "Ханнешин")]
    [InlineData("Les talibans ont pris le district de Khan Neshin mardi.", "fr", "Khan Neshin")]
    public void A_district_named_by_a_head_word_and_its_seat_is_found_by_the_seats_name(string text, string language, string name) =>
        Assert.Equal(KhanNeshinDistrict, Repository.PlaceIdFound(text, language, name));

    [Fact]
    public void The_seats_name_without_a_district_word_stays_the_town() =>
        Assert.Equal("gn:1137079", Repository.PlaceIdFound("Traders in Khan Neshin said the bazaar had reopened.", "en", "Khan Neshin"));

    [Theory]
    [InlineData("Taliban rebut Yawan dan Jurm dalam semalam.", "id", "Jurm", "d2:AF.01.1103")]
    [InlineData("Les talibans prennent Kishim et Baharak sans combat.", "fr", "Baharak", "d2:AF.01.1108")]
    [InlineData("Die Taliban nehmen Kischim und Taschkan kampflos ein.", "de", "Taschkan", "d2:AF.01.1124")]
    [InlineData("طالبان یاوان و تشکان را پس از یک هفته جنگ سخت در شمال بدخشان گرفتند.", "fa", "تشکان", "d2:AF.01.1124")]
    [InlineData("Толибон Кишм ва Ҷурмро пас аз як ҳафтаи ҷанг дар шимоли Бадахшон гирифтанд.", "tg", "Ҷурмро", "d2:AF.01.1103")]
    public void A_seat_listed_beside_a_district_of_its_province_is_the_district(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("Residents of Taloqan and Jurm said the shops were shut.", "en", "Jurm", "gn:1139085")] // beside a town
    [InlineData("Soldiers crossed the border at Kishim and Jurm overnight.", "en", "Jurm", "gn:1139085")] // where something happened
    [InlineData("سربازان شب گذشته از مرز در کشم و جرم عبور کردند.", "fa", "جرم", "gn:1139085")]
    public void A_seat_listed_beside_a_town_or_after_a_word_of_place_stays_the_town(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("Hundreds prayed at the Eidgah mosque in Kunduz on Friday.", "en")]
    [InlineData("Ratusan warga berlindung di masjid Eidgah di Kunduz.", "id")]
    [InlineData("Сотни беженцев ночуют у мечети Идгах в Кундузе.", "ru")]
    [InlineData("Des familles dorment près de la mosquée de l'Eidgah à Kunduz.", "fr")]
    [InlineData("Садҳо гуреза дар назди масҷиди Идгоҳ дар Кундуз шаб мегузаронанд.", "tg")]
    public void A_mosque_named_like_a_town_abroad_is_no_place(string text, string language)
    {
        var found = Repository.Finder.Find(text, language);
        Assert.DoesNotContain(found, m => m.Best.Place.Id == "gn:7423730");
        Assert.Contains(found, m => m.Best.Place.Id == "gn:1135689");
    }

    [Fact]
    public void A_mosque_named_after_a_town_of_the_region_keeps_the_town() =>
        Assert.Equal("gn:1135689", Repository.PlaceIdFound("Worshippers left the Kunduz mosque after the shelling.", "en", "Kunduz"));

    [Theory]
    [InlineData("عبر عشرات الجنود جسر بنجي بويون إلى طاجيكستان.", "ar", "جسر بنجي بويون")]
    [InlineData("درجنوں فوجی پنجی پویون پل پار کر کے تاجکستان چلے گئے۔", "ur", "پنجی پویون پل")]
    public void A_bridge_word_beside_a_town_read_by_its_consonants_is_the_crossing(string text, string language, string name) =>
        Assert.Equal("cur:panji-poyon-bridge", Repository.PlaceIdFound(text, language, name));

    [Fact]
    public void A_town_read_by_its_consonants_without_a_bridge_word_stays_the_town() =>
        Assert.Equal("cj:TJ:panji-poyon", Repository.PlaceIdFound("وصل اللاجئون إلى بنجي بويون مساء الأحد.", "ar", "بنجي بويون"));

    [Fact]
    public void The_Arabic_word_for_inhabitants_is_no_place() =>
        Assert.DoesNotContain(Repository.Finder.Find("وقال عدد من سكان مديرية ورسج إن الأسواق أغلقت.", "ar"), m => m.Text == "سكان");

    [Theory]
    [InlineData("Some 60 soldiers fell back to neighbouring Arghistan after the attack.", "en", "d2:AF.23.2412")]
    [InlineData("Rund 60 Soldaten zogen sich ins benachbarte Arghistan zurück.", "de", "d2:AF.23.2412")]
    [InlineData("They reached the neighbouring town of Arghistan by nightfall.", "en", "gn:1148390")]
    public void A_neighbouring_name_is_the_district_unless_a_kind_word_says_otherwise(string text, string language, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, language, "Arghistan"));
}
