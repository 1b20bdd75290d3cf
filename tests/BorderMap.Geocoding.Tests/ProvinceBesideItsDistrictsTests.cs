namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A province named beside its own districts (round 28, sentences of our own): "Baghlan" is also a town (Baghlan-e Jadid) and
/// "Samangan" another name of Aibak, but named in a sentence about a district of the province they are the province. A capital named by
/// its own name stays the city, districts or not, also where it and its province are romanised apart (Sar-e Pul, Sar-e Pol).
/// </summary>
public class ProvinceBesideItsDistrictsTests
{
    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("In Baghlan, the Taliban took the Khinjan district on Monday, a police official said.", "en", "Baghlan", "AF-BGL")]
    [InlineData("Di Baghlan, Taliban merebut distrik Khinjan pada hari Senin.", "id", "Baghlan", "AF-BGL")]
    [InlineData("В Баглане талибы в понедельник заняли уезд Хинджан.", "ru", "Баглане", "AF-BGL")]
    [InlineData("در بغلان، طالبان روز دوشنبه ولسوالی خنجان را گرفتند.", "fa", "بغلان", "AF-BGL")]
    [InlineData("In Samangan, the Ruy Duab district fell to the Taliban on Friday.", "en", "Samangan", "AF-SAM")]
    public void A_name_shared_by_a_province_and_one_of_its_towns_beside_a_district_of_that_province_is_the_province(string text, string language, string name, string province) =>
        Assert.Equal(province, PlaceOf(text, language, name));

    [Theory]
    [InlineData("The Taliban entered Kunduz on Sunday, a day after they took the Chahar Dara district.", "en", "Kunduz", "gn:1135689")]
    [InlineData("Taliban memasuki Kunduz pada hari Minggu, sehari setelah merebut distrik Chahar Dara.", "id", "Kunduz", "gn:1135689")]
    [InlineData("Fighting reached Sar-e Pul on Monday, after the Taliban took the Sangcharak district.", "en", "Sar-e Pul", "gn:1127110")]
    public void A_capital_named_by_its_own_name_beside_a_district_stays_the_city(string text, string language, string name, string town) =>
        Assert.Equal(town, PlaceOf(text, language, name));
}
