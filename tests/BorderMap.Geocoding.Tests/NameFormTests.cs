namespace BorderMap.Geocoding.Tests;

/// <summary>Forms of names that news texts write and the gazetteer lists otherwise.</summary>
public class NameFormTests
{
    [Fact]
    public void A_Russian_adjective_in_inskiy_is_made_from_a_name_ending_in_a() =>
        // "Рошткалинский район" from Рошткала (Roshtqal'a), the adjective's -ин- replacing the final -а.
        Assert.Equal("d2:TJ.01.7670513", Repository.PlaceIdFound("Пограничники усилили заставы в Рошткалинском районе ГБАО.", "ru", "Рошткалинском"));

    [Fact]
    public void Turkmenistan_has_its_short_Russian_name() =>
        Assert.Equal("TM", Repository.PlaceIdFound("Талибы контролируют берег Амударьи напротив Туркмении.", "ru", "Туркмении"));

    [Theory]
    [InlineData("یہ بات تاشقند سے جاری ایک بیان میں کہی گئی۔", "ur", "کہی")] // was said: not Kahi (Nangarhar)
    [InlineData("Бои шли у Ханабада всю ночь.", "ru", "Бои")] // fighting: not Bai (Sar-e Pol)
    public void A_common_word_of_the_text_s_language_is_no_place(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);
}
