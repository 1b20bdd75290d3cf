namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Spellings of the region's names outside Arabic script that the gazetteer's names and the folding did not reach: a Russian case
/// form of a four-letter name in -а ("в Акчу"), and the Persian diphthong ow written o ("Djozjan"). Sentences constructed.
/// </summary>
public class LatinCaseAndWriterSpellingTests
{
    [Fact]
    public void A_four_letter_name_in_a_is_found_in_its_Russian_accusative() =>
        Assert.Contains(IdOf("Колонна ушла по дороге в Акчу.", "ru", "Акчу"), new[] { "gn:1148560", "d2:AF.31.1706" });

    // Tajik does not decline a name so: "Каме" (a little) opening a Tajik sentence is no case form of a place Kama.
    [Fact]
    public void A_Tajik_word_of_four_letters_is_no_Russian_case_form() =>
        Assert.DoesNotContain(Repository.Finder.Find("Каме дертар нерӯҳо ба минтақа расиданд.", "tg"), m => m.Text == "Каме");

    [Theory]
    [InlineData("Les combats ont repris dans le Djozjan.", "fr", "Djozjan")]
    [InlineData("Fighting resumed in Jozjan province.", "en", "Jozjan")]
    public void The_diphthong_ow_written_o_is_the_same_name(string text, string language, string name) =>
        Assert.Equal("AF-JOW", IdOf(text, language, name));

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;
}
