namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of the wire evaluation's round-36 part, each checked on texts of its own (constructed by the project,
/// not taken from a report): a name read with evidence of its own (a dateline's country) named again in a credit line beside a
/// namesake's neighbour; a reporter's city read by another reporter's city in the same credit line; and a province named like its
/// capital, said to hold a district ("the Aliabad district of Kunduz" in every language's construction).
/// </summary>
public class BylineCitiesAndDistrictProvincesTests
{
    private static string PlaceOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).Last(m => m.Text == name).Best.Place.Id;

    [Theory]
    [InlineData("ISHKOSHIM, Tajikistan, Aug. 2 (Newswire) - Tajik border guards reinforced their posts along the Panj on Monday, a spokesman said.\n"
        + "Reporting by Firuza Nazarova in Ishkoshim and Ahmad Rahimi in Fayzabad; Editing by Tom Keller", "en", "Ishkoshim")]
    [InlineData("ИШКАШИМ, Таджикистан, 2 августа (Newswire) - Таджикские пограничники в понедельник усилили заставы вдоль Пянджа, сообщил представитель ведомства.\n"
        + "Репортаж Фирузы Назаровой из Ишкашима и Ахмада Рахими из Файзабада; редактор Том Келлер", "ru", "Ишкашима")]
    public void A_dateline_town_named_again_in_the_credit_line_stays_the_dateline_town(string text, string language, string name) =>
        // Ishkoshim, Tajikistan, not Afghanistan's Ishkashim across the river, which lies nearer Afghanistan's Fayzabad.
        Assert.Equal("gn:1221614", PlaceOf(text, language, name));

    [Theory]
    [InlineData("DUSHANBE, Aug. 2 (Newswire) - Tajikistan called up reservists on Monday, the defence ministry said.\n"
        + "Reporting by Firuza Nazarova in Khorog and Ahmad Rahimi in Faizabad; Editing by Tom Keller", "en", "Faizabad")]
    [InlineData("DUSCHANBE, 2. August (Newswire) - Tadschikistan hat am Montag Reservisten einberufen, teilte das Verteidigungsministerium mit.\n"
        + "Berichterstattung: Firuza Nazarova in Chorog und Ahmad Rahimi in Faisabad; Redaktion: Tom Keller", "de", "Faisabad")]
    public void One_reporters_city_says_nothing_of_anothers_in_the_credit_line(string text, string language, string name) =>
        // Badakhshan's Fayzabad, where the bureau is, not the Tajik village Fayzobod, in the country of the other reporter's city.
        Assert.Equal("gn:1142170", PlaceOf(text, language, name));

    [Theory]
    [InlineData("Ratusan keluarga mengungsi dari distrik Chahar Dara di Kunduz pada hari Minggu.", "id", "Kunduz")]
    [InlineData("Hunderte Familien sind aus dem Bezirk Aliabad in Kundus geflohen.", "de", "Kundus")]
    [InlineData("Садҳо оила аз ноҳияи Чаҳор Дара-и Қундуз гурехтанд.", "tg", "Қундуз")]
    [InlineData("فرت مئات الأسر من مديرية جهار دره في قندوز يوم الأحد.", "ar", "قندوز")]
    [InlineData("په زرګونو کورنۍ د کندز د چهار دره له ولسوالۍ څخه وتښتېدې.", "ps", "کندز")]
    [InlineData("صدها خانواده از ولسوالی چهار دره کندز گریختند.", "fa", "کندز")]
    public void A_name_said_to_hold_a_district_is_the_province_not_its_same_named_capital(string text, string language, string name) =>
        Assert.Equal("AF-KDZ", PlaceOf(text, language, name));

    [Theory]
    [InlineData("Hundreds of families fled the Chahar Dara district to Kunduz on Sunday.", "en", "Kunduz")]
    [InlineData("Fighting in Kunduz and the Chahar Dara district has driven families from their homes.", "en", "Kunduz")]
    [InlineData("فرت مئات الأسر من مديرية جهار دره إلى قندوز يوم الأحد.", "ar", "قندوز")]
    public void The_city_a_district_is_fled_to_or_listed_beside_is_still_the_city(string text, string language, string name) =>
        Assert.Equal("gn:1135689", PlaceOf(text, language, name));
}
