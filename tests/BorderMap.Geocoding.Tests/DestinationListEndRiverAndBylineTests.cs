namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Wrong places by class (round 30): a place people were taken or withdrew to is the town, not a district taken; a plural district
/// word after a list names its first item though a later one is spelt unknown, and a Pashto district word after "پر" is the name's; a
/// river named again bare is the river the text named before; a credit line's reporter and a German landscape noun are no places. Sentences constructed, not from the evaluation.
/// </summary>
public class DestinationListEndRiverAndBylineTests
{
    private const string AqchaTown = "gn:1148560";
    private const string AqchaDistrict = "d2:AF.31.1706";
    private const string PanjRiver = "cur:panj-river";

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).FirstOrDefault(m => m.Text == name)?.Best.Place.Id;

    private static string? LastIdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).LastOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Theory]
    [InlineData("The prisoners were taken by lorry to Aqcha on Tuesday, an official in Sheberghan said.")]
    [InlineData("After the fighting the soldiers withdrew to Aqcha, an official in Sheberghan said.")]
    public void A_place_people_were_taken_or_withdrew_to_is_the_town(string text) =>
        Assert.Equal(AqchaTown, IdOf(text, "en", "Aqcha"));

    [Fact]
    public void A_place_taken_is_still_the_district() =>
        Assert.Equal(AqchaDistrict, IdOf("The Taliban have taken Aqcha, an official in Sheberghan said.", "en", "Aqcha"));

    [Fact]
    public void A_plural_district_word_after_a_list_with_an_unknown_item_names_the_first_item() =>
        Assert.Equal("d2:AF.03.1309", IdOf("طالبانو د سه شنبې په ورځ د بغلان ولایت نهرین او برکه ولسوالۍ ونیولې.", "ps", "نهرین"));

    // Russian "провинции" is the genitive singular and the plural alike.
    [Fact]
    public void A_lower_case_word_after_and_opens_no_list_before_a_plural_looking_kind_word() =>
        Assert.Equal("gn:1138336", IdOf("Бои идут у Кандагара и в провинции Гильменд.", "ru", "Кандагара"));

    [Fact]
    public void A_Pashto_district_word_after_par_is_the_names() =>
        Assert.Equal("d2:AF.03.1302", IdOf("د ولایتي شورا غړي وویل چې د پل حصار پر ولسوالۍ د طالبانو فشار زیات شوی.", "ps", "پل حصار"));

    [Theory]
    [InlineData("Пограничники сообщили, что ночью сорок военных переправились через Пяндж.\nЧИТАЙТЕ ТАКЖЕ: Душанбе не выдаст Кабулу солдат, ушедших за Пяндж", "ru", "Пяндж")]
    [InlineData("Марзбонон гуфтанд, ки шабона чил сарбоз аз дарёи Панҷ гузаштанд.\nИНЧУНИН ХОНЕД: Душанбе сарбозони аз Панҷ гурехтаро ба Кобул намесупорад", "tg", "Панҷ")]
    public void A_river_named_again_bare_is_the_river(string text, string language, string name) =>
        Assert.Equal(PanjRiver, LastIdOf(text, language, name));

    [Theory]
    [InlineData("Сайед Омар, Кундуз; текст Анна Берг; редактор Пол Кэрроу", "ru", "Сайед")]
    [InlineData("Гузоришгар Сайид Омар, Кундуз; муҳаррир Марк Халлам", "tg", "Сайид")]
    [InlineData("Im Tal von Pandschir halten sich nach Angaben örtlicher Kommandeure Hunderte Kämpfer auf.", "de", "Tal")]
    public void A_reporters_name_and_a_landscape_noun_are_no_places(string text, string language, string name) =>
        Assert.Null(IdOf(text, language, name));

    [Fact]
    public void The_place_after_a_reporters_name_stays_a_place() =>
        Assert.Equal("gn:1135689", IdOf("Сайед Омар, Кундуз; текст Анна Берг; редактор Пол Кэрроу", "ru", "Кундуз"));
}
