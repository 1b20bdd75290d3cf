namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Districts of one name in one country answer to each other's spellings (round 28, sentences of our own): Kohistan is a district of
/// Badakhshan and of Faryab, and only Badakhshan's had a Persian, Arabic or Tajik spelling, so a sentence about Faryab read its Kohistan
/// as Badakhshan's. The province the sentence names now decides.
/// </summary>
public class NamesakeDistrictsTests
{
    [Theory]
    [InlineData("نیروهای دولتی ولسوالی کوهستان ولایت فاریاب را ترک کردند.", "fa", "کوهستان", "d2:AF.07.1805")]
    [InlineData("انسحبت القوات الحكومية من مديرية كوهستان في ولاية فارياب.", "ar", "كوهستان", "d2:AF.07.1805")]
    [InlineData("نیروهای دولتی ولسوالی کوهستان ولایت بدخشان را ترک کردند.", "fa", "کوهستان", "d2:AF.01.1119")]
    public void A_district_spelt_as_its_namesake_is_the_one_of_the_province_the_sentence_names(string text, string language, string name, string district) =>
        Assert.Equal(district, Repository.PlaceIdFound(text, language, name));
}
