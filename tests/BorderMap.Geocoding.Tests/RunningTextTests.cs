namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Classes of errors in running text found on the wire evaluation, each checked on sentences of its
/// own (constructed, not from the evaluation): kind words, clitics, Arabic letters, hyphenated
/// endings, crossing verbs, speakers' places and places qualified by their area.
/// </summary>
public class RunningTextTests
{
    [Theory]
    [InlineData("وصلت القوات إلى مدينة هرات.", "ar", "مدينة")] // "city", which GeoNames gives as a name of Medina
    [InlineData("وقصفت الطائرات ومدينة هرات.", "ar", "ومدينة")]
    [InlineData("سرتیرو کلی ونیو.", "ps", "ونیو")] // Pashto "took": و- starts verbs, it is no "and" before Niue
    public void A_kind_word_or_a_verb_is_no_place(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Fact]
    public void Arabic_emphatic_letters_meet_the_plain_ones_of_Persian_names() =>
        Assert.Equal("gn:1123004", Repository.Finder.Find("ودخلت القوات طالقان صباحا.", "ar").Single().Best.Place.Id);

    [Fact]
    public void A_hyphenated_Tajik_ending_is_no_part_of_the_name()
    {
        var mention = Repository.Finder.Find("Сарбозон Кӯлоб-ро тарк карданд.", "tg").Single();
        Assert.Equal("Кӯлоб", mention.Text);
        Assert.Equal("gn:1221194", mention.Best.Place.Id);
    }

    [Theory]
    [InlineData("Беженцы пересекли Пяндж ночью.", "ru", "Пяндж")]
    [InlineData("Hundreds crossed the Pyanj on rafts.", "en", "Pyanj")]
    public void What_people_cross_is_the_river(string text, string language, string name) =>
        Assert.Equal("cur:panj-river", Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_German_Ort_is_a_town() =>
        Assert.Equal("gn:1221614", Repository.Finder.Find("Der tadschikische Ort Ischkaschim war ruhig.", "de").Single().Best.Place.Id);

    [Fact]
    public void The_Taliban_side_is_Afghanistan_for_a_Tajik_spelling()
    {
        var mention = Repository.Finder.Find("Толибон шаҳри Файзобод-ро гирифтанд.", "tg").Single();
        Assert.Equal("gn:1142170", mention.Best.Place.Id);
    }

    [Fact]
    public void A_village_of_the_border_valley_lies_near_the_area_that_qualifies_it()
    {
        var proposal = Repository.Proposer.Propose("About 40 people gathered in the Wakhan village of Langar.", "en").Single();
        Assert.Equal("cur:langar-wakhan", proposal.PlaceId);
    }

    [Fact]
    public void Where_officials_spoke_is_not_where_it_happened()
    {
        var proposal = Repository.Proposer.Propose("The Taliban captured Jurm, officials in Kabul said.", "en").Single();
        Assert.Equal("gn:1139085", proposal.PlaceId);
        Assert.Equal("territorial-control", proposal.Category);
    }
}
