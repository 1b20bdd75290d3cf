namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A district and its same-named seat opened by "with" at the head of a sentence whose clause says what is held ("With Zebak, the
/// Taliban now hold …") is counted among what is held: the district (the wire README's rule 2), in languages whose verb comes first
/// and in those that close the clause with it. Sentences constructed, not from the evaluation.
/// </summary>
public class DistrictHeldWithTests
{
    private const string KhamyabDistrict = "d2:AF.31.1709";

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Theory]
    [InlineData("The Taliban took Qarqin on Monday. With Khamyab, they now control the whole bank of the Amu Darya in Jowzjan.", "en", "Khamyab")]
    [InlineData("Die Taliban nahmen am Montag Karkin ein. Mit Chamjab kontrollieren sie nun das ganze Ufer in Dschuzdschan.", "de", "Chamjab")]
    [InlineData("طالبان روز دوشنبه قرقین را گرفتند. با خم‌آب، آنها اکنون همه کرانه آمو دریا در جوزجان را در کنترل دارند.", "fa", "خم‌آب")]
    public void A_district_opened_by_with_before_a_verb_of_holding_is_the_district(string text, string language, string name) =>
        Assert.Equal(KhamyabDistrict, IdOf(text, language, name));

    [Fact]
    public void A_town_named_with_with_and_no_verb_of_holding_stays_the_town() =>
        Assert.NotEqual(KhamyabDistrict, IdOf("The buses left at dawn. With Khamyab behind them, the families walked on to Sheberghan.", "en", "Khamyab"));
}
