namespace BorderMap.Geocoding.Tests;

/// <summary>Where a guessed name (consonants, a French spelling, a one-consonant name word) is believed in running text, and where not.</summary>
public class GuessLimitsTests
{
    [Theory]
    [InlineData("طالبان ولسوالی کلدار را تصرف کردند، سخنگوی ولایت گفت.", "fa", "سخنگوی")] // spokesman: not Shanghai
    [InlineData("بحسب وزارة الدفاع الأفغانية سقطت مديرية كلدار.", "ar", "وزارة")] // ministry: not Azrah in Logar
    public void A_common_word_is_not_guessed_to_be_a_far_place_by_its_consonants(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Fact]
    public void A_province_office_word_is_never_guessed_to_be_a_place() =>
        // پولیس (police) has the consonants of Palos in Sughd.
        Assert.DoesNotContain(Repository.Finder.Find("جنگجویان راه میان شهر آقچه و مزار شریف را بستند، پولیس گفت.", "fa"), m => m.Text == "پولیس");

    [Theory]
    [InlineData("نزدیک به ۲۰۰۰ خانواده از خم‌آب به شبرغان رسیده‌اند.", "fa", "خم‌آب")]
    [InlineData("سقطت مديريتا قرقين وخم آب في أيدي طالبان.", "ar", "وخم آب")]
    public void A_name_ending_in_the_word_for_water_is_guessed_word_by_word(string text, string language, string name) =>
        Assert.Contains(Repository.PlaceIdFound(text, language, name), new[] { "d2:AF.31.1709", "gn:1137247" });

    [Fact]
    public void French_writes_ch_as_tch() =>
        Assert.Equal("gn:1148560", Repository.PlaceIdFound("Les combattants ont coupé la route de la ville d'Aqtcha.", "fr", "Aqtcha"));
}
