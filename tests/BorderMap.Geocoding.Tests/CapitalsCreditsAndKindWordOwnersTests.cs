namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Wrong places by class (round 31): a country's capital named beside another country's capital, or in a credit line, is the capital,
/// not a village of its name; a district word right after one name and reached over "of" from the next is the first name's, and the
/// next is its province; Pashto's kind word after "د" and a name is that name's, no cue to the name after it; a side named at the end
/// of a sentence and a German "Grenzort" place Ishkashim on the Tajik bank. Sentences constructed, not from the evaluation.
/// </summary>
public class CapitalsCreditsAndKindWordOwnersTests
{
    private const string Moscow = "gn:524901";
    private const string KunduzProvince = "AF-KDZ";
    private const string BalkhDistrict = "d2:AF.30.1606";
    private const string BalkhProvince = "AF-BAL";
    private const string TajikIshkashim = "gn:1221614";

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).FirstOrDefault(m => m.Text == name)?.Best.Place.Id;

    private static string? LastIdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).LastOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Fact]
    public void A_capital_named_beside_another_countrys_capital_is_the_capital() =>
        Assert.Equal(Moscow, IdOf("Москва и Душанбе договорились о совместных учениях у границы.", "ru", "Москва"));

    [Fact]
    public void A_capital_in_a_credit_line_is_the_capital() =>
        Assert.Equal(Moscow, IdOf("Пограничники Хатлона усилили посты у Пянджа.\nФарид Рахимов, Бохтар; Анна Берг, Москва; редактор Пол Кэрроу", "ru", "Москва"));

    [Fact]
    public void The_other_city_of_a_credit_line_keeps_the_storys_reading() =>
        Assert.Equal("gn:1220747", IdOf("Пограничники Хатлона усилили посты у Пянджа.\nФарид Рахимов, Бохтар; Анна Берг, Москва; редактор Пол Кэрроу", "ru", "Бохтар"));

    [Fact]
    public void The_name_after_a_districts_of_is_its_province() =>
        Assert.Equal(KunduzProvince, IdOf("Hundreds of families from the Imam Sahib district of Kunduz have reached Mazar-i-Sharif, officials said.", "en", "Kunduz"));

    [Fact]
    public void The_district_of_a_name_is_still_the_district() =>
        Assert.Equal("d2:AF.24.1406", IdOf("Fighting continued in the district of Khanabad, officials said.", "en", "Khanabad"));

    [Fact]
    public void A_Pashto_province_word_after_a_name_is_no_cue_to_the_list_after_it() =>
        Assert.Equal(BalkhDistrict, LastIdOf("طالبانو د بلخ ولایت بلخ او چمتال ولسوالۍ ونیولې.", "ps", "بلخ"));

    [Fact]
    public void The_Pashto_name_before_its_province_word_is_the_province() =>
        Assert.Equal(BalkhProvince, IdOf("طالبانو د بلخ ولایت بلخ او چمتال ولسوالۍ ونیولې.", "ps", "بلخ"));

    [Theory]
    [InlineData("Aus Badachschan flohen über hundert Soldaten nach Ischkaschim auf tadschikischer Seite.")]
    [InlineData("Die Soldaten flohen über die Brücke in den tadschikischen Grenzort Ischkaschim, wie Behörden in Badachschan sagten.")]
    public void A_side_at_the_sentences_end_and_a_border_town_word_place_the_town(string text) =>
        Assert.Equal(TajikIshkashim, IdOf(text, "de", "Ischkaschim"));
}
