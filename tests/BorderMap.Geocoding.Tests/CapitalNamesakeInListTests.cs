namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A province capital's name in a list of another province's districts (round 26's unseen part, sentences of our own): Jowzjan's
/// Faizabad district listed with Darzab and Mardian is that district, not Badakhshan's capital Fayzabad nor Jowzjan's town of the
/// name; listed with Badakhshan's own districts, Fayzabad stays the capital.
/// </summary>
public class CapitalNamesakeInListTests
{
    private const string JowzjanFaizabadDistrict = "d2:AF.31.1708";
    private const string BadakhshanCapital = "gn:1142170";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("Pasukan pemerintah meninggalkan distrik Darzab, Mardian dan Faizabad di provinsi Jowzjan pada hari Selasa.", "id", "Faizabad")]
    [InlineData("Regierungstruppen räumten am Dienstag die Bezirke Darzab, Mardian und Faizabad in der Provinz Dschuzdschan.", "de", "Faizabad")]
    [InlineData("Les forces gouvernementales ont quitté mardi les districts de Darzab, Mardian et Faizabad, dans la province de Djozdjan.", "fr", "Faizabad")]
    [InlineData("Во вторник правительственные силы оставили уезды Дарзаб, Мардьян и Файзабад провинции Джаузджан.", "ru", "Файзабад")]
    [InlineData("نیروهای دولتی روز سه‌شنبه ولسوالی‌های درزاب، مردیان و فیض‌آباد ولایت جوزجان را ترک کردند.", "fa", "فیض‌آباد")]
    [InlineData("Faizabad, Darzab and Mardian districts of Jowzjan were abandoned by government forces on Tuesday.", "en", "Faizabad")]
    public void A_capitals_namesake_listed_with_another_provinces_districts_is_that_district(string text, string language, string name) =>
        Assert.Equal(JowzjanFaizabadDistrict, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Pasukan pemerintah meninggalkan distrik Kishim, Jurm dan Fayzabad pada hari Selasa.", "id", "Fayzabad")]
    [InlineData("Les talibans ont pris les districts de Kishim et de Jurm, puis sont entrés à Fayzabad mardi.", "fr", "Fayzabad")]
    public void A_capital_listed_with_its_own_provinces_districts_stays_the_capital(string text, string language, string name) =>
        Assert.Equal(BadakhshanCapital, PlaceOf(text, language, name));
}
