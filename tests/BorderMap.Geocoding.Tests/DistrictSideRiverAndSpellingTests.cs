using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's sixth unseen part, each checked on sentences of its own (constructed,
/// not from the evaluation): districts read as their namesake seats (a kind word a few words before a list, a district's
/// centre), a country named after a name, a border river as no evidence of either bank, a river crossed far from its verb
/// or on a bank with an adjective, everyday words (Urdu participles, Tajik words that write a far country's Persian name),
/// transliterated short names, the Arabic article inside a name, two-word Perso-Arabic names, list neighbours, "frontier",
/// Pashto "near" after a place, German exonyms, and cues for troops put in place and ground held or taken back.
/// </summary>
public class DistrictSideRiverAndSpellingTests
{
    private static string IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id;

    [Fact]
    public void A_district_word_a_few_words_before_a_list_names_every_district_in_it()
    {
        var found = Repository.Finder.Find("Tiga distrik yang direbut ialah Kishim, Jurm dan Baharak.", "id");
        Assert.Equal(["d2:AF.01.1102", "d2:AF.01.1103", "d2:AF.01.1108"], found.Select(m => m.Best.Place.Id));
    }

    [Theory]
    [InlineData("Талибы заняли районные центры Фархар и Калафган.", "ru", "Фархар")]
    [InlineData("The district centres of Farkhar and Kalafgan fell on Sunday.", "en", "Farkhar")]
    public void A_districts_centre_names_the_district(string text, string language, string name) =>
        Assert.Equal("d2:AF.26.1206", IdOf(text, language, name));

    [Theory]
    [InlineData("Refugees reached Ishkashim, Tajikistan, on Monday.", "en", "Ishkashim")]
    [InlineData("پناهجویان به اشکاشم در خاک تاجیکستان رسیدند.", "fa", "اشکاشم")]
    public void A_country_named_after_a_name_is_its_country(string text, string language, string name) =>
        Assert.Equal("TJ", Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Country);

    [Fact]
    public void A_border_river_in_the_sentence_says_nothing_of_the_bank() =>
        Assert.Equal(IdOf("Boats arrived at Ishkashim.", "en", "Ishkashim"), IdOf("Boats crossed the Panj at Ishkashim.", "en", "Ishkashim"));

    [Theory]
    [InlineData("Am Morgen überquerten rund 200 Flüchtlinge mit ihren Kindern den Pandsch.", "de", "Pandsch")]
    [InlineData("Des soldats campaient sur la rive tadjike du Piandj.", "fr", "Piandj")]
    [InlineData("Сарбозони афғон аз Панҷ гузашта, ба Тоҷикистон ворид шуданд.", "tg", "Панҷ")]
    public void A_river_crossed_far_from_its_verb_or_on_a_bank_is_the_river(string text, string language, string name) =>
        Assert.Equal("cur:panj-river", IdOf(text, language, name));

    [Theory]
    [InlineData("Tents were put up in the Jaloliddini Balkhi district.", "en", "Jaloliddini Balkhi", "d2:TJ.02.8221250")]
    [InlineData("مرزبانان وارد ناحیه‌ی شهرتوز شدند.", "fa", "شهرتوز", "d2:TJ.02.8221292")]
    public void A_renamed_district_and_the_Persian_word_for_a_Tajik_district_are_read(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));

    [Theory]
    [InlineData("گزشتہ ہفتے سرحد بند رہی۔", "ur", "گزشتہ")]
    [InlineData("Ҳайати ҳукумат ба Кобул рафт.", "tg", "Ҳайати")]
    public void Everyday_words_are_no_places(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Theory]
    [InlineData("Les combats ont gagné Djourm mardi.", "fr", "Djourm")]
    [InlineData("Город Джурм окружён.", "ru", "Джурм")]
    public void A_transliterated_short_name_is_found(string text, string language, string name) =>
        Assert.Equal("gn:1139085", IdOf(text, language, name));

    [Fact]
    public void The_Arabic_article_inside_a_name_is_read_off() =>
        Assert.Equal("gn:1133616", IdOf("وصل الوفد إلى مزار الشريف أمس.", "ar", "مزار الشريف"));

    [Theory]
    [InlineData("درگیری در ولسوالی دشت ارچی ادامه دارد.", "fa")]
    [InlineData("ضلع دشت ارچی میں لڑائی جاری ہے۔", "ur")]
    public void A_two_word_Perso_Arabic_name_known_only_in_Latin_letters_is_found(string text, string language) =>
        Assert.Equal("d2:AF.24.1407", IdOf(text, language, "دشت ارچی"));

    [Fact]
    public void A_kind_word_after_a_name_is_no_second_word_of_it() =>
        Assert.Equal("d2:AF.01.1111", IdOf("طالبانو پرون د خواهان ولسوالۍ ونیوله.", "ps", "خواهان"));

    [Fact]
    public void A_Persian_name_of_two_words_joined_by_the_non_joiner_is_found() =>
        Assert.Equal("gn:1221559", IdOf("کاروان دیروز به قلعه‌خم رسید.", "fa", "قلعه‌خم"));

    [Fact]
    public void A_word_listed_beside_a_town_of_the_region_is_guessed_as_a_town() =>
        Assert.Equal("gn:1220685", IdOf("پناهجویان در خاروغ و روشان دیده شدند.", "fa", "روشان"));

    [Theory]
    [InlineData("The 1,200-km frontier stays closed.", "en", "borderKm", 1200, "exact")]
    [InlineData("د ښار ته نږدې ۸۰۰ عسکر ځای پر ځای شول.", "ps", "soldiers", 800, "exact")]
    public void Frontier_is_a_border_and_Pashto_near_after_a_place_no_qualifier(string sentence, string language, string key, double value, string qualifier)
    {
        var quantity = NumberFinder.Quantities(sentence, language).Single();
        Assert.Equal((key, value, qualifier), (quantity.Key, quantity.Value, quantity.Qualifier));
    }

    [Theory]
    [InlineData("Rusia mengerahkan 500 tentara di dekat Kulob.", "id", "military-presence")]
    [InlineData("Россия разместила у границы ещё два батальона.", "ru", "military-presence")]
    [InlineData("Nach der Einnahme der Stadt kehrte Ruhe ein.", "de", "territorial-control")]
    [InlineData("The militia still held the bridge on Friday.", "en", "territorial-control")]
    [InlineData("نیروهای دولتی پاسگاه را پس گرفتند.", "fa", "territorial-control")]
    public void Troops_put_in_place_and_ground_held_or_taken_back_are_cues(string sentence, string language, string category) =>
        Assert.Equal(category, CategoryCues.Suggest(sentence, false, language).Category);

    [Fact]
    public void A_German_exonym_of_a_capital_is_found() =>
        Assert.Equal("gn:1816670", IdOf("Die Delegation flog nach Peking.", "de", "Peking"));
}
