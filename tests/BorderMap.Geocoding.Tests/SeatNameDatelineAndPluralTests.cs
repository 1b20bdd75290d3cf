using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's twentieth unseen part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a district's seat named by a longer name that holds the district's, a Tajik dateline in
/// capitals, a plural kind word that starts the next clause, Persian "نواحی" before a list, French "district afghan d'…", and a map's
/// places with a town GeoNames holds twice made one.
/// </summary>
public class SeatNameDatelineAndPluralTests
{
    private const string TashkanDistrict = "d2:AF.01.1124";
    private const string BazarETashkan = "gn:1122705";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("Im Bezirk Taschkan überrannten Kämpfer am Samstag den Bezirkshauptort Basar-e Taschkan, sagte ein Sprecher.", "de", "Taschkan", "Basar-e Taschkan")]
    [InlineData("В уезде Ташкан боевики в субботу захватили уездный центр Базари-Ташкан, сообщил представитель полиции.", "ru", "Ташкан", "Базари-Ташкан")]
    [InlineData("در ولسوالی تشکان، جنگجویان روز شنبه بازار تشکان، مرکز این ولسوالی، را تصرف کردند، سخنگوی پولیس گفت.", "fa", "تشکان", "بازار تشکان")]
    public void A_district_centre_named_by_a_longer_name_holding_the_districts_is_the_town(string text, string language, string district, string seat)
    {
        Assert.Equal(TashkanDistrict, PlaceOf(text, language, district));
        Assert.Equal(BazarETashkan, PlaceOf(text, language, seat));
    }

    [Fact]
    public void A_district_named_twice_by_one_name_stays_the_district()
    {
        var mentions = Repository.Finder.Find("The Taliban took the Tashkan district on Sunday, and the Tashkan district governor fled.", "en");
        Assert.All(mentions.Where(m => m.Text == "Tashkan"), m => Assert.Equal(TashkanDistrict, m.Best.Place.Id));
    }

    [Fact]
    public void A_tajik_dateline_in_capitals_is_the_town_of_the_country_it_names() =>
        Assert.Equal("gn:1142170", PlaceOf("ФАЙЗОБОД, Афғонистон, 26 июл (Newswire) - Толибон ноҳияи Хошро гирифтанд.", "tg", "ФАЙЗОБОД"));

    [Fact]
    public void A_plural_kind_word_past_a_comma_says_nothing_of_the_name_before_it() =>
        Assert.Equal("gn:1142170", PlaceOf("ЧИТАЙТЕ ТАКЖЕ: Талибы приближаются к Файзабаду, уезды падают один за другим", "ru", "Файзабаду"));

    [Fact]
    public void A_persian_plural_district_word_before_a_list_makes_every_item_a_district()
    {
        const string text = "کمیساریای نظامی گفت تا ۸۰۰ نیروی ذخیره از نواحی نورک و واسع روز دوشنبه فراخوانده شدند.";
        Assert.Equal("d2:TJ.02.7670570", PlaceOf(text, "fa", "نورک"));
        Assert.Equal("d2:TJ.02.8221033", PlaceOf(text, "fa", "واسع"));
    }

    [Fact]
    public void A_french_country_adjective_between_the_kind_word_and_the_name_qualifies_the_name()
    {
        const string text = "Le ministère a envoyé près de 700 soldats dans le district d'Ichkachim, le long du Piandj, près de Khorog.\n"
            + "De l'autre côté de la rivière, les talibans se sont emparés dimanche du district afghan d'Ichkachim, selon un responsable local.";
        var mentions = Repository.Finder.Find(text, "fr").Where(m => m.Text == "Ichkachim").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Equal("d2:AF.01.1107", mentions[1].Best.Place.Id);
    }

    [Fact]
    public void A_maps_places_hold_a_town_geonames_has_twice_once()
    {
        var places = GazetteerReader.LoadPlaces(Repository.Geodata);
        Assert.DoesNotContain(places, p => p.Id == "gn:1220988");
        var town = Assert.Single(places, p => p.Id == "gn:1221997");
        Assert.Contains(town.AllNames, n => n.Text == "Moskva");
    }
}
