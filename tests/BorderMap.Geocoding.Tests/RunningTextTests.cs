using BorderMap.Core.Extraction;

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
    [InlineData("نیروهای ذخیره در شهرک شوروآباد فراخوانده شدند.", "fa", "شهرک")] // "township", which GeoNames gives as a name of a village in Ghor
    [InlineData("جنگجویان در شاهراه کندز ایست بازرسی برپا کردند.", "fa", "شاهراه کندز")] // the Kunduz highway, no Shahr-e Qondoz
    public void A_kind_word_or_a_verb_is_no_place(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Theory]
    [InlineData("Troops were sent to the Vose district.", "en")]
    [InlineData("Des soldats ont été envoyés dans le district de Vose.", "fr")]
    public void A_name_GeoNames_writes_with_an_ayn_mark_is_found_without_it(string text, string language) =>
        Assert.Equal("d2:TJ.02.8221033", Repository.PlaceIdFound(text, language, "Vose"));

    [Theory]
    [InlineData("Толибон маркази ноҳияи Чордара-ро ишғол карданд.", "tg", "Чордара")]
    [InlineData("طالبان مرکز ولسوالی چار دره را گرفتند.", "fa", "چار دره")]
    public void A_district_answers_to_the_spellings_of_its_seat_named_otherwise(string text, string language, string name) =>
        Assert.Equal("d2:AF.24.1404", Repository.PlaceIdFound(text, language, name));

    [Fact]
    public void Arabic_emphatic_letters_meet_the_plain_ones_of_Persian_names() =>
        Assert.Equal("gn:1123004", Repository.Finder.Find("ودخلت القوات طالقان صباحا.", "ar").Single().Best.Place.Id);

    [Fact]
    public void A_hyphenated_Tajik_ending_is_no_part_of_the_name()
    {
        var mention = Repository.Finder.Find("Сарбозон Кӯлоб-ро тарк карданд.", "tg").Single();
        Assert.Equal("Кӯлоб", mention.Text);
        // Soldiers who left a district and its same-named seat left the district (Evaluation/Wire/README.md, rule 2).
        Assert.Equal("d2:TJ.02.8221261", mention.Best.Place.Id);
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
        Assert.Equal("d2:AF.01.1103", proposal.PlaceId); // taken: the district (Evaluation/Wire/README.md)
        Assert.Equal("territorial-control", proposal.Category);
    }

    [Theory]
    [InlineData("Боевики заняли уезды Ворудж, Зебак и Ишкашим.", "ru", "Ворудж", "d2:AF.01.1125")] // the first item spelled otherwise, one letter off Вардудж
    [InlineData("Боевики заняли уезды Ворудж, Зебак и Ишкашим.", "ru", "Ишкашим", "d2:AF.01.1107")] // the cue reaches the last item past the missed first
    [InlineData("Les combats ont touché les districts de Roustaq et de Farkhar.", "fr", "Farkhar", "d2:AF.26.1206")] // "et de"
    [InlineData("وهاجم المسلحون مديريات كشم وبهارك وجرم ليلا.", "ar", "وجرم", "d2:AF.01.1103")] // "and" written onto each item
    [InlineData("Kämpfer besetzten die Bezirke Kischim und Baharak.", "de", "Baharak", "d2:AF.01.1108")]
    public void A_kind_word_before_a_list_reaches_every_item(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_singular_kind_word_after_a_list_names_only_the_last_item()
    {
        var mentions = Repository.Finder.Find("Fighting was reported in Imam Sahib and Dasht-e Archi district on Monday.", "en");
        Assert.Equal("gn:1142545", mentions.Single(m => m.Text == "Imam Sahib").Best.Place.Id);
        Assert.Equal("d2:AF.24.1407", mentions.Single(m => m.Text == "Dasht-e Archi").Best.Place.Id);
    }

    [Fact]
    public void A_district_the_gazetteer_has_only_in_Latin_is_read_after_a_Persian_cue() =>
        Assert.Equal("d2:AF.01.1127", Repository.Finder.Find("جنگ در ولسوالی‌های یمگان و جرم ادامه دارد.", "fa").Single(m => m.Text == "یمگان").Best.Place.Id);

    [Fact]
    public void A_Tajik_name_with_a_case_ending_and_the_Tajik_o_is_found() =>
        Assert.Equal("AF-BDS", Repository.Finder.Find("Гурезаҳо аз вилояти Бадахшони Афғонистон омаданд.", "tg").Single(m => m.Text == "Бадахшони").Best.Place.Id);

    [Fact]
    public void The_region_named_after_a_list_settles_same_name_districts()
    {
        var mentions = Repository.Finder.Find("Пограничники усилили посты в Шугнанском и Ишкашимском районах ГБАО.", "ru");
        Assert.Equal("cur:shughnon-district", mentions.Single(m => m.Text == "Шугнанском").Best.Place.Id);
        Assert.Equal("d2:TJ.01.8220896", mentions.Single(m => m.Text == "Ишкашимском").Best.Place.Id);
    }

    [Fact]
    public void A_short_Arabic_name_in_Arabic_letters_meets_its_Persian_spelling_but_a_common_word_does_not_meet_a_longer_name()
    {
        Assert.Equal("d2:AF.01.1102", Repository.Finder.Find("وتقدمت القوات نحو مديرية كشم.", "ar").Single(m => m.Text == "كشم").Best.Place.Id);
        Assert.DoesNotContain(Repository.Finder.Find("وقعت اشتباكات بين القوات.", "ar"), m => m.Text == "بين");
    }

    [Theory]
    [InlineData("Patrols moved along the Afghan bank of the Panj overnight.", "en", "Panj")]
    [InlineData("Boats were seen on the river Panj, known locally as the Пяндж, at dawn.", "en", "Пяндж")]
    [InlineData("کډوال د پنج سیند غاړې ته ورسېدل.", "ps", "پنج")]
    public void A_river_is_read_from_its_bank_its_other_name_or_a_river_word_beside_it(string text, string language, string name) =>
        Assert.Equal("cur:panj-river", Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_dateline_city_in_capitals_outside_the_two_countries_is_a_place_but_not_the_sentence_context()
    {
        var mentions = Repository.Finder.Find("TERMEZ, Uzbekistan, July 9 (Agency) – Officials said the bridge stayed shut.", "en");
        Assert.Equal("gn:1215957", mentions[0].Best.Place.Id);
        var proposal = Repository.Proposer.Propose("DOUCHANBÉ, 2 août (Agence) - Les talibans ont pris le district d'Ichkachim.", "fr").Single();
        Assert.Equal("d2:AF.01.1107", proposal.PlaceId);
    }

    [Fact]
    public void A_name_may_start_with_an_ordinal() =>
        Assert.Equal("cur:201st-base-dushanbe", Repository.Proposer.Propose("Soldiers left the 201st military base at dawn.", "en").Single().PlaceId);

    [Theory]
    [InlineData("FILE PHOTO: A bridge over the Panj near Khorugh.", "en")]
    [InlineData("Reporting by Jan Novak in Dushanbe and Ali Karimi in Kabul; writing by Tom Lee; editing by Ann Cole", "en")]
    [InlineData("Lire également : la France ferme son ambassade à Kaboul", "fr")]
    public void Archive_photos_credits_and_read_more_lines_give_no_claim(string text, string language) =>
        Assert.Empty(Repository.Proposer.Propose(text, language));

    [Fact]
    public void A_dateline_with_a_dash_inside_is_where_the_report_was_filed() =>
        Assert.Equal("TJ", Repository.Proposer.Propose("دوشنبه - (وكالات) - أعلنت السلطات في طاجيكستان إغلاق الحدود.", "ar").Single().PlaceId);

    [Theory]
    [InlineData("Более 20 тыс. резервистов прибыли к границе.", "ru", "reservists", 20000, "more-than")] // a multiplier written short
    [InlineData("Mindestens 300 Kriegsflüchtlinge kamen an.", "de", "refugees", 300, "at-least")] // a German compound
    [InlineData("Sekitar 700 warga mengungsi ke kota.", "id", "refugees", 700, "about")] // people who fled
    public void Units_are_read_short_compounded_or_from_what_people_did(string sentence, string language, string key, double value, string qualifier)
    {
        var quantity = NumberFinder.Quantities(sentence, language).Single();
        Assert.Equal((key, value, qualifier), (quantity.Key, quantity.Value, quantity.Qualifier));
    }

    [Fact]
    public void People_counted_at_a_meeting_are_no_refugees() =>
        Assert.Empty(NumberFinder.Quantities("Sekitar 700 warga menghadiri rapat.", "id"));

    [Theory]
    [InlineData("Die Kämpfer nahmen am Morgen den Bezirk Jurm ein.", "de", "territorial-control")] // a separable verb
    [InlineData("ونشرت القوات جنودا في قاعدتها قرب الحدود.", "ar", "military-presence")] // ة written ت before a suffix
    [InlineData("Ratusan warga mengungsi dari Kunduz.", "id", "refugees")] // the meN- verb of a peN- noun
    [InlineData("Tausende Binnenvertriebene erreichten Kundus.", "de", "refugees")] // a cue ending a compound
    public void Category_cues_in_their_grammatical_forms(string sentence, string language, string category) =>
        Assert.Equal(category, CategoryCues.Suggest(sentence, statesBorderLength: false, language).Category);
}
