namespace BorderMap.Geocoding.Tests;

/// <summary>
/// An Afghan district far from the border that the gazetteer knows only by its GeoNames romanisation ("Darah-ye Şūf-e Pā’īn") is
/// found in the spelling writers use: the ezafe as "-i-" or left out, two words joined, the final h dropped, the hamza as y. Sentences constructed.
/// </summary>
public class AfghanDistrictRomanisationTests
{
    [Theory]
    [InlineData("Fighting was reported in Dara-i-Suf Payin district of Samangan.", "en", "Dara-i-Suf Payin")]
    [InlineData("Des combats ont eu lieu dans le district de Dara-i-Suf Payin, dans la province de Samangan.", "fr", "Dara-i-Suf Payin")]
    [InlineData("Pertempuran terjadi di distrik Dara Suf Payin, provinsi Samangan.", "id", "Dara Suf Payin")]
    public void A_district_known_only_by_its_GeoNames_name_is_found_as_writers_romanise_it(string text, string language, string name) =>
        Assert.Equal("d2:AF.32.1504", IdOf(text, language, name));

    // GeoNames writes "Khuram wa Sār Bāgh"; writers join its last two words.
    [Theory]
    [InlineData("Government forces retook Khuram wa Sarbagh district on Monday.", "en", "Khuram wa Sarbagh")]
    [InlineData("Pasukan pemerintah merebut kembali distrik Khuram wa Sarbagh.", "id", "Khuram wa Sarbagh")]
    public void Two_words_GeoNames_writes_apart_are_found_joined(string text, string language, string name) =>
        Assert.Equal("d2:AF.32.1506", IdOf(text, language, name));

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;
}
