using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's fourth unseen part, each checked on sentences of its own
/// (constructed, not from the evaluation): words for a post are no places, German j for English y, rivers after
/// a locative preposition, the destination of a crossing across the border, Russian spellings of names the
/// gazetteer has only in Persian script, Persian plain letters for Arabic emphatic ones, a district and its seat
/// answering to each other's spellings, inflected Pashto qualifiers, and captions opened by any word for a picture.
/// </summary>
public class SpellingPostAndDestinationTests
{
    [Theory]
    [InlineData("سرحدی چوکی پر رات کو حملہ ہوا۔", "ur", "چوکی")]
    [InlineData("مرزبانان در پاسگاه ماندند.", "fa", "پاسگاه")]
    public void A_word_for_a_post_is_no_place(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Fact]
    public void German_j_for_english_y_finds_a_name_of_the_region() =>
        Assert.Equal("d2:AF.01.1128", Repository.Finder.Find("Die Kämpfe erreichten den Bezirk Jawan am Abend.", "de").Single(m => m.Text == "Jawan").Best.Place.Id);

    [Fact]
    public void German_j_makes_no_place_of_an_everyday_word() =>
        Assert.Empty(Repository.Finder.Find("Im Jahr davor kamen Journalisten.", "de"));

    [Theory]
    [InlineData("Ein Lager am Pandsch wurde geräumt.", "de", "Pandsch")]
    [InlineData("Posts along the Panj were reinforced.", "en", "Panj")]
    public void A_name_after_a_preposition_of_rivers_is_the_river(string text, string language, string name) =>
        Assert.Equal("cur:panj-river", Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id);

    [Theory]
    [InlineData("Шаб гурӯҳи сарбозони афғон ба Ишкошим гузаштанд.", "tg", "Ишкошим")]
    [InlineData("Forty Afghan soldiers crossed the river into Ishkashim overnight.", "en", "Ishkashim")]
    public void A_crossing_from_one_country_ends_in_the_other(string text, string language, string name) =>
        Assert.Equal("TJ", Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Country);

    [Fact]
    public void A_Russian_spelling_of_a_Dari_name_is_read_through_its_Persian_letters_under_a_cue() =>
        Assert.Equal("d2:AF.01.1115", Repository.Finder.Find("Талибы вошли в уезд Аргу ночью.", "ru").Single(m => m.Text == "Аргу").Best.Place.Id);

    [Theory]
    [InlineData("کاروان به ترمز رسید.", "fa", "ترمز")]
    [InlineData("کاروان ترمز ته ورسېد.", "ps", "ترمز")]
    public void Persian_plain_letters_meet_the_Arabic_emphatic_ones_of_a_name(string text, string language, string name) =>
        Assert.Equal("gn:1215957", Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id);

    [Theory]
    [InlineData("Колонна стояла недалеко от Ванча.", "Ванча", "gn:1220210")] // the town: the district alone has the Russian spelling
    [InlineData("Бои шли в Ванчском районе.", "Ванчском", "d2:TJ.01.1220206")]
    public void A_district_and_its_seat_answer_to_each_others_spellings(string text, string name, string id) =>
        Assert.Equal(id, Repository.Finder.Find(text, "ru").Single(m => m.Text == name).Best.Place.Id);

    [Theory]
    [InlineData("Учения прошли на 201-й российской военной базе.", "201-й российской военной базе", "cur:201st-base-dushanbe")]
    [InlineData("Лагерь стоит в Горном Бадахшане.", "Горном Бадахшане", "TJ-GB")]
    public void A_several_word_Russian_name_is_found_in_its_case_forms(string text, string name, string id) =>
        Assert.Equal(id, Repository.Finder.Find(text, "ru").Single(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void Gorno_Badakhshan_is_found_as_Arabic_writes_it() =>
        Assert.Equal("TJ-GB", Repository.Finder.Find("وصل الجنود إلى بدخشان الجبلية ليلا.", "ar").Single(m => m.Text == "بدخشان الجبلية").Best.Place.Id);

    [Fact]
    public void An_inflected_Pashto_qualifier_is_read()
    {
        var quantity = NumberFinder.Quantities("له ۷۰ څخه زیاتو سرتیرو پوله واوښتله.", "ps").Single();
        Assert.Equal(("soldiers", 70.0, "more-than"), (quantity.Key, quantity.Value, quantity.Qualifier));
    }

    [Theory]
    [InlineData("Photograph: Tajik guards near Khorog on July 9")]
    [InlineData("Фотография: пограничники у Хорога")]
    [InlineData("Fotos : Soldaten bei Chorog")]
    public void A_line_opened_by_any_word_for_a_picture_is_a_caption(string line)
    {
        Assert.Equal(ArticlePart.Caption, ArticleStructure.Find(line).Single().Part);
        Assert.DoesNotContain(Repository.Proposer.Propose(line + "\nAfghan soldiers crossed into Tajikistan.", "en"), p => p.Quote.Start == 0);
    }
}
