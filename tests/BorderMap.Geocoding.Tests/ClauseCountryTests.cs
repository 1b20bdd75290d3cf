namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A country named earlier in a name's own clause says whose place it is, more than a neighbour named in another clause of the
/// sentence ("Tajikistan sent troops to Murghob, …, the Wakhan corridor" is the Tajik Murghob, not Murghab in Badghis); in a
/// crossing, the country before the place is the one left. Sentences constructed, not from the evaluation.
/// </summary>
public class ClauseCountryTests
{
    private static string CountryOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Country;

    [Theory]
    [InlineData("Tajikistan moved 500 troops to the Murghab district, which borders China and the Wakhan corridor.", "en", "Murghab")]
    [InlineData("Таджикистан перебросил войска в Мургабский район, граничащий с Ваханским коридором.", "ru", "Мургабский")]
    public void A_country_earlier_in_the_clause_outweighs_a_neighbour_in_another(string text, string language, string name) =>
        Assert.Equal("TJ", CountryOf(text, language, name));
}
