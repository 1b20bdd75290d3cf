using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of round 33's unseen part, each checked on sentences of its own (constructed by the project, not taken
/// from a report): a Kyrgyz region named with German "Gebiet", French "région" or Arabic "إقليم" read as its same-named seat; the
/// region of Batken and the enclave of Vorukh unknown in the Arabic script; a second reporter's surname after "with the participation
/// of" read as a town; the final ه of a Persian common word lost into the h of its ش, so that its consonants read as a place ending in
/// sh; a French spelling in a list of districts read as the foreign town its letters fold to.
/// </summary>
public class RegionWordsCreditsAndFinalHeTests
{
    private const string BatkenRegion = "a1:KG.09";
    private const string OshRegion = "a1:KG.08";
    private const string Vorukh = "gn:1220164";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    private static List<string> Found(string text, string language) => [.. Repository.Finder.Find(text, language).Select(m => m.Text)];

    [Theory]
    [InlineData("Kirgisistan verlegte am Montag Grenzsoldaten in das Gebiet Osch.", "de", "Osch", OshRegion)]
    [InlineData("Kirgisistan schickte am Montag Grenzsoldaten in das Gebiet Batken, nahe der Enklave Woruch.", "de", "Batken", BatkenRegion)]
    [InlineData("Le Kirghizstan a dépêché lundi des gardes-frontières dans la région de Batken, près de l'enclave de Vorukh.", "fr", "Batken", BatkenRegion)]
    [InlineData("Le Kirghizstan a dépêché lundi des gardes-frontières dans la région d'Osh.", "fr", "Osh", OshRegion)]
    [InlineData("أرسلت قيرغيزستان يوم الاثنين حرس الحدود إلى إقليم باتكن.", "ar", "باتكن", BatkenRegion)]
    public void A_region_word_names_the_region_not_its_seat(string text, string language, string name, string region) =>
        Assert.Equal(region, PlaceOf(text, language, name));

    [Fact]
    public void A_town_word_still_names_the_seat() =>
        Assert.Equal("gn:1528735", PlaceOf("Die Grenzsoldaten kehrten am Montag in die Stadt Batken zurück.", "de", "Batken"));

    [Theory]
    [InlineData("نیروهای مرزی در نزدیکی روستای وروخ مستقر شدند.", "fa", "وروخ")]
    [InlineData("د وروخ سیمې ته نږدې ډزې وشوې.", "ps", "وروخ")]
    [InlineData("تبادل حرس الحدود إطلاق النار قرب جيب وروخ.", "ar", "وروخ")]
    [InlineData("سرحدی محافظ وروخ کے قریب تعینات ہیں۔", "ur", "وروخ")]
    public void Vorukh_is_known_in_the_arabic_script(string text, string language, string name) =>
        Assert.Equal(Vorukh, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Гузориши Парвиз Назаров аз Хоруғ; бо иштироки Ҷамшед Нурӣ дар Кӯлоб; муҳаррир Пол Вайс", "tg", "Нурӣ", "Кӯлоб")]
    public void A_second_reporters_surname_is_no_place_and_the_place_after_it_is(string text, string language, string surname, string place)
    {
        var found = Found(text, language);
        Assert.DoesNotContain(surname, found);
        Assert.Contains(place, found);
    }

    [Fact]
    public void With_the_participation_of_a_country_in_running_text_is_the_country() =>
        Assert.Equal("RU", PlaceOf("При участии России учения прошли в Кулябе; их вели десантники.", "ru", "России"));

    [Fact]
    public void A_persian_word_ending_in_a_vowel_after_its_sh_is_no_place_ending_in_sh()
    {
        Assert.DoesNotContain("حاشیه", Found("خانواده‌ها در حاشیه شهر کولاب زندگی می‌کنند.", "fa"));
        Assert.NotEqual(ConsonantSkeleton.OfLatin("Vakhsh"), ConsonantSkeleton.OfPersoArabic("حاشیه"));
        Assert.Equal(ConsonantSkeleton.OfLatin("Shah"), ConsonantSkeleton.OfPersoArabic("شاه"));
    }

    [Theory]
    [InlineData("Les talibans ont pris vendredi les districts de Bangui et de Tchal, dans la province de Takhar.", "fr", "Tchal", "d2:AF.26.1204")]
    [InlineData("Les talibans ont pris les districts de Roustaq et de Tchal.", "fr", "Tchal", "d2:AF.26.1204")]
    public void A_lists_kind_word_asks_for_a_place_of_its_kind_in_every_item(string text, string language, string name, string id) =>
        Assert.Equal(id, PlaceOf(text, language, name));
}
