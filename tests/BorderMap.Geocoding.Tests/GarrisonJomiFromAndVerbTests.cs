namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's eighteenth unseen part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a base's garrison told by the host town named beside it, the Jomi district by its short name in a
/// district list, a river crossed "from" in Tajik word order with the destination between, and an Urdu verb that spells a country.
/// </summary>
public class GarrisonJomiFromAndVerbTests
{
    private const string BokhtarGarrison = "cur:201st-base-bokhtar";
    private const string DushanbeGarrison = "cur:201st-base-dushanbe";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("More than 500 servicemen of the 201st military base in Bokhtar joined Tajik troops for drills near Yovon on Tuesday.", "en", "201st military base")]
    [InlineData("Mehr als 500 Soldaten der 201. Militärbasis in Bochtar übten am Dienstag nahe Jowon.", "de", "201. Militärbasis")]
    [InlineData("Более 500 военнослужащих 201-й военной базы в Бохтаре во вторник провели учения у Ёвона.", "ru", "201-й военной базы")]
    public void A_base_named_beside_its_host_town_is_that_towns_garrison(string text, string language, string name) =>
        Assert.Equal(BokhtarGarrison, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Russian servicemen of the 201st military base in Dushanbe held drills near Yovon on Sunday.", "en", "201st military base")]
    [InlineData("Russian troops at the 201st military base were ready to help if the fighting spilled over.", "en", "201st military base")]
    [InlineData("Some 1,500 troops from the 201st military base would hold drills near the Afghan border in Khatlon region.", "en", "201st military base")]
    public void A_base_without_the_other_garrisons_town_stays_the_garrison_its_name_belongs_to(string text, string language, string name) =>
        Assert.Equal(DushanbeGarrison, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Up to 250 reservists of the Sarband and Jomi districts were called up on Monday for a month of training.", "en", "Jomi", "d2:TJ.02.8220956")]
    [InlineData("Up to 250 reservists of the Sarband and Jomi districts were called up on Monday for a month of training.", "en", "Sarband", "d2:TJ.02.8221279")]
    [InlineData("То 250 нафар захиравии ноҳияҳои Сарбанд ва Ҷомӣ рӯзи душанбе ба ҷамъомади якмоҳа даъват шуданд.", "tg", "Ҷомӣ", "d2:TJ.02.8220956")]
    [InlineData("До 250 резервистов Сарбандского района и района Джами в понедельник призваны на сборы.", "ru", "Джами", "d2:TJ.02.8220956")]
    public void The_Jomi_district_is_found_by_its_short_name_and_keeps_its_list_a_district_list(string text, string language, string name, string id) =>
        Assert.Equal(id, PlaceOf(text, language, name));

    [Fact]
    public void A_name_crossed_from_with_the_destination_between_is_the_river() =>
        Assert.Equal("cur:panj-river", PlaceOf("Сиву як сарбози афғон шабона бо қаиқ аз Панҷ ба ноҳияи Фархор гузаштанд, гуфт хадамоти марзӣ.", "tg", "Панҷ"));

    [Fact]
    public void A_name_left_for_a_place_without_crossing_stays_the_town() =>
        Assert.Equal("gn:1220750", PlaceOf("Сокинон аз Панҷ ба Кӯлоб рафтанд, гуфтанд мақомот.", "tg", "Панҷ"));

    [Fact]
    public void An_Urdu_verb_that_spells_a_country_is_no_place()
    {
        var mentions = Repository.Finder.Find("فوج نے بتایا کہ سرکاری فورسز پیر کو ضلع خواجہ دوکوہ چھوڑ کر شبرغان چلی گئیں۔", "ur");
        Assert.DoesNotContain(mentions, m => m.Best.Place.Id == "CL");
        Assert.Contains(mentions, m => m.Best.Place.Id == "gn:1125444");
    }
}
