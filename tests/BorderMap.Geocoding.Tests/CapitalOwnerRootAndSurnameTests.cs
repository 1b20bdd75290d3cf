namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of the wire evaluation's round-29 part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a province named as a town's capital read as that town, a country in the genitive before a
/// name that did not decide the bank in a sentence of crossing, an Arabic bare root read as a district by its consonants, and a
/// reporter's first name read as a town.
/// </summary>
public class CapitalOwnerRootAndSurnameTests
{
    private const string SamanganProvince = "AF-SAM";

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Theory]
    [InlineData("Families from the villages reached Aibak, the capital of Samangan, on Tuesday, officials said.", "en")]
    [InlineData("Keluarga dari desa-desa tiba di Aibak, ibu kota Samangan, pada Selasa, kata pejabat.", "id")]
    [InlineData("Familien aus den Dörfern erreichten am Dienstag Aibak, die Hauptstadt von Samangan, sagten Beamte.", "de")]
    public void A_name_after_a_towns_capital_word_is_the_province_it_is_capital_of(string text, string language) =>
        Assert.Equal(SamanganProvince, IdOf(text, language, "Samangan"));

    [Theory]
    [InlineData("Officials in the provincial capital, Kunduz, said the roads were closed.", "en")]
    [InlineData("Para pengungsi tiba di ibu kota Kunduz pada Senin.", "id")]
    public void A_capital_named_after_its_capital_word_is_still_the_town(string text, string language) =>
        Assert.NotEqual("AF-KDZ", IdOf(text, language, "Kunduz"));

    [Theory]
    [InlineData("روشان کے قریب افغانستان کے ضلع شغنان کے سینکڑوں لوگ دریا پار جانے کے منتظر ہیں۔", "ur", "شغنان", "AF")]
    [InlineData("Hundreds of people from Afghanistan's Shughnan district waited near Rushon to cross the river.", "en", "Shughnan", "AF")]
    [InlineData("د روښان ترڅنګ د افغانستان د شغنان ولسوالۍ سلګونه کسان د سیند څخه د اوښتو په تمه دي.", "ps", "شغنان", "AF")]
    public void A_country_in_the_genitive_before_a_name_is_its_country_in_a_crossing_too(string text, string language, string name, string country) =>
        Assert.Equal(country, Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Country);

    [Fact]
    public void An_arabic_bare_root_after_a_listed_district_is_no_district()
    {
        // "حضر" (attended) has the consonants of Hisor; after "مديرية يافان،" it reads as the second of a list of districts.
        var mentions = Repository.Finder.Find("وفي مديرية يافان، حضر نحو 300 جندي احتياط إلى مكتب التجنيد يوم الثلاثاء.", "ar");
        Assert.DoesNotContain(mentions, m => m.Text == "حضر");
        Assert.Contains(mentions, m => m.Text == "يافان");
    }

    [Theory]
    [InlineData("Хабарнигор Парвина Раҳимова дар Кӯлоб; муҳаррир Анна Берг", "tg", "Парвина")]
    [InlineData("Ба гуфтаи Парвина Назарова, сокини Кӯлоб, роҳ баста шуд.", "tg", "Парвина")]
    public void A_first_name_before_a_surname_is_no_town(string text, string language, string name) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == name);
}
