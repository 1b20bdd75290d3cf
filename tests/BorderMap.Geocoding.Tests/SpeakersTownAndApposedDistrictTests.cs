using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A district and its same-named seat (the README's rules): a settlement word after the name past a comma is a speaker's, no part of the
/// name ("the Taliban took Baharak, a resident of Fayzabad said" is the district taken); an apposition opened by the subject's
/// possessive that says it is a district makes it the district ("sent troops to Vanj, its district on the Panj"), where "a district
/// centre" stays the town. Sentences constructed for these tests, not from the evaluation.
/// </summary>
public class SpeakersTownAndApposedDistrictTests
{
    private static string? KindOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).FirstOrDefault(m => m.Text == name)?.Best.Place.Kind;

    [Theory]
    [InlineData("Боевики без боя заняли Бахарак, сообщил житель Файзабада.", "ru", "Бахарак")]
    [InlineData("Les talibans ont pris Baharak sans combattre, selon un habitant de Faïzabad.", "fr", "Baharak")]
    public void A_settlement_word_past_a_comma_is_the_speakers_town(string text, string language, string name) =>
        Assert.Equal(PlaceKinds.District, KindOf(text, language, name));

    [Fact]
    public void Residents_of_the_name_still_make_it_the_town() =>
        Assert.Equal(PlaceKinds.PopulatedPlace, KindOf("Residents of Baharak said the bazaar was shut.", "en", "Baharak"));

    [Theory]
    [InlineData("Tajikistan moved 300 border guards to Vanj, its district on the Panj.", "en")]
    [InlineData("Le Tadjikistan a déplacé 300 gardes-frontières à Vanj, son district sur le Piandj.", "fr")]
    public void A_district_apposed_with_a_possessive_is_the_district(string text, string language) =>
        Assert.Equal(PlaceKinds.District, KindOf(text, language, "Vanj"));

    [Fact]
    public void A_district_centre_apposed_is_the_town() =>
        Assert.Equal(PlaceKinds.PopulatedPlace, KindOf("Tajikistan moved 300 border guards to Vanj, a district centre on the Panj.", "en", "Vanj"));
}
