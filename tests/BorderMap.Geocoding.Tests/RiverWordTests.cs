namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Persian and Urdu river words joined to a border river's name ("دریائے پامیر", "دریای پامیر"), which the name's span takes in;
/// sentences constructed by the project.
/// </summary>
public class RiverWordTests
{
    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("سرحدی دستوں کی ایک کمپنی دریائے پامیر کے کنارے بھیجی گئی۔", "ur", "دریائے پامیر", "cur:pamir-river")]
    [InlineData("یک گروه از مرزبانان در کنار دریای پامیر مستقر شدند.", "fa", "دریای پامیر", "cur:pamir-river")]
    public void A_river_word_joined_by_the_ezafe_is_part_of_the_name(string text, string language, string name, string id) =>
        Assert.Equal(id, PlaceOf(text, language, name));

    [Fact]
    public void Five_is_still_no_river() =>
        Assert.DoesNotContain(Repository.Finder.Find("پنج سرباز دیروز برگشتند.", "fa"), m => m.Best.Place.Id == "cur:panj-river");
}
