using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's fifth unseen part, each checked on sentences of its own (constructed,
/// not from the evaluation): a kind word right after a name binds closer than one before it over "of", a kind word
/// starts no name, a province's police, Persian participles, Arabic clitics on several-word names, Perso-Arabic names written apart, Urdu final ے, Russian case forms of names the gazetteer has only
/// in Latin letters, German dotted ordinals and short months in sentences, people counted from a district, family words, joint
/// exercises, Urdu cues in the oblique case, rivers and directions as no anchor, and "read also" lines read as another story.
/// </summary>
public class CueCliticNumberAndStoryTests
{
    [Fact]
    public void A_kind_word_right_after_a_name_binds_closer_than_one_before_it() =>
        Assert.Equal("AF-KDZ", Repository.Finder.Find("Fighting hit the Khanabad and Aliabad districts of Kunduz province.", "en").Single(m => m.Text == "Kunduz").Best.Place.Id);

    [Fact]
    public void A_kind_word_is_a_cue_to_the_name_after_it_not_part_of_it()
    {
        var mention = Repository.Finder.Find("سيطرت القوات على ولاية بلخ صباح اليوم.", "ar").Single();
        Assert.Equal(("بلخ", "AF-BAL"), (mention.Text, mention.Best.Place.Id));
    }

    [Theory]
    [InlineData("سخنگوی پولیس کندز گفت که راه باز است.", "fa", "کندز")]
    [InlineData("The Kunduz police said the road was open.", "en", "Kunduz")]
    public void A_provinces_police_names_the_province(string text, string language, string name) =>
        Assert.Equal("AF-KDZ", Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_Persian_participle_is_never_guessed_to_be_a_name() =>
        Assert.Empty(Repository.Finder.Find("هفته گذشته راه‌ها بسته شد.", "fa"));

    [Fact]
    public void An_Arabic_clitic_on_a_several_word_name_is_read_off() =>
        Assert.Equal("gn:1133616", Repository.Finder.Find("عاد الجنود إلى كابل ومزار شريف.", "ar").Single(m => m.Text == "ومزار شريف").Best.Place.Id);

    [Fact]
    public void A_Perso_Arabic_name_written_apart_meets_its_joined_spelling() =>
        Assert.Equal("cur:sher-khan-bandar", Repository.Finder.Find("سرتیري د شیر خان بندر له لارې ووتل.", "ps").Single(m => m.Text == "شیر خان بندر").Best.Place.Id);

    [Fact]
    public void An_Urdu_verb_in_final_ye_is_no_place_and_a_name_in_it_still_is()
    {
        Assert.Empty(Repository.Finder.Find("وہ کل رات واپس چلے گئے۔", "ur"));
        Assert.Equal("gn:1221874", Repository.Finder.Find("وفد دوشنبے پہنچ گیا۔", "ur").Single().Best.Place.Id);
    }

    [Fact]
    public void A_Russian_case_form_of_a_name_known_only_in_Latin_letters_is_found() =>
        Assert.Equal("gn:1220888", Repository.Finder.Find("Колонна остановилась в Обигарме на ночь.", "ru").Single().Best.Place.Id);

    [Fact]
    public void A_German_dotted_ordinal_starts_a_name() =>
        Assert.Equal("cur:201st-base-dushanbe", Repository.Finder.Find("Die 201. Militärbasis liegt am Stadtrand.", "de").Single(m => m.Text == "201. Militärbasis").Best.Place.Id);

    [Theory]
    [InlineData("Sekitar 5.000 warga mengungsi dari tiga distrik.", "id", 5000, "about")]
    [InlineData("Rund 800 Familien flohen aus dem Bezirk.", "de", 800, "about")]
    [InlineData("نزحت أكثر من 900 أسرة من القرية.", "ar", 900, "more-than")]
    [InlineData("At least 400 families were driven from their homes.", "en", 400, "at-least")]
    public void People_counted_as_fleeing_are_refugees_whatever_follows(string sentence, string language, double value, string qualifier)
    {
        // The districts they fled are a count of their own ("dari tiga distrik", from three districts).
        var quantity = NumberFinder.Quantities(sentence, language).First();
        Assert.Equal(("refugees", value, qualifier), (quantity.Key, quantity.Value, quantity.Qualifier));
    }

    [Theory]
    [InlineData("Russian and Tajik troops began joint exercises near the border.", "en")]
    [InlineData("Российские и таджикские военные провели учения у границы.", "ru")]
    public void Joint_exercises_are_military_presence(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language).Category);

    [Theory]
    [InlineData("Die russische 201. Militärbasis liegt am Stadtrand.")]
    [InlineData("Drills begin near Termez from Aug. 5, the ministry said.")]
    public void A_German_ordinal_and_a_short_month_end_no_sentence(string sentence) =>
        Assert.Single(SentenceSplitter.Split(sentence));

    [Fact]
    public void An_Urdu_cue_in_its_oblique_case_is_read() =>
        Assert.Equal("military-presence", CategoryCues.Suggest("روس نے اپنے فوجی اڈے پر ٹینک بھیجے۔", false, "ur").Category);

    [Fact]
    public void A_place_named_as_the_way_people_went_is_no_anchor() =>
        Assert.Equal("AF-KDZ", Repository.Proposer.Propose("Из-за боёв семьи из провинции Кундуз ушли в сторону Мазари-Шарифа.", "ru").Single().PlaceId);

    [Fact]
    public void A_river_crossed_is_no_anchor_beside_a_town() =>
        Assert.Equal("gn:1221328", Repository.Proposer.Propose("Forty soldiers fled across the Panj to a camp outside Khorog.", "en").Single().PlaceId);

    [Fact]
    public void A_read_also_line_is_read_as_another_story()
    {
        const string text = "TERMEZ, Uzbekistan, Aug 4 (Newswire) - Uzbek guards closed the bridge near Termez.\nRead more: Fighting nears Fayzabad";
        Assert.Equal("gn:1142170", Repository.Finder.Find(text, "en").Single(m => m.Text == "Fayzabad").Best.Place.Id);
    }
}
