namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Arabic writes "and" (و) onto the next word, and a doubled letter once: a word that starts with two و is the conjunction and a
/// name that starts with و (sentences constructed by the project, not taken from a report).
/// </summary>
public class ArabicConjunctionBeforeWawTests
{
    private const string VakhshDistrict = "d2:TJ.02.8220959";

    [Theory]
    [InlineData("التحق جنود الاحتياط من مديريات يافان ووخش وسربند في ولاية ختلان بمكاتب التجنيد.", "ووخش")]
    [InlineData("التحق جنود الاحتياط من مديريتي يافان ووخش في ولاية ختلان بمكاتب التجنيد.", "ووخش")]
    public void And_written_onto_a_name_that_starts_with_waw_is_taken_off(string text, string name) =>
        Assert.Equal(VakhshDistrict, Repository.PlaceIdFound(text, "ar", name));

    [Fact]
    public void A_name_that_starts_with_waw_is_not_split() =>
        Assert.Equal(VakhshDistrict, Repository.PlaceIdFound("التحق جنود الاحتياط في مديرية وخش بمكاتب التجنيد.", "ar", "وخش"));

    [Fact]
    public void And_written_onto_a_verb_that_starts_with_waw_makes_no_place() =>
        // "ووصل" is "and he arrived": and + وصل, no place.
        Assert.DoesNotContain(Repository.Finder.Find("ووصل وفد من دوشنبه إلى ختلان يوم الاثنين.", "ar"), m => m.Text.StartsWith("وو", StringComparison.Ordinal));
}
