namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's third unseen part, each checked on sentences of its own
/// (constructed, not from the evaluation): rivers crossed by a preposition, the side of the border said after
/// a name, Tajik words read as the Persian names they write, short names across scripts, Pashto and Russian
/// case forms, district titles in Persian names, Pashto comparisons, and cues of capture, internment and flight.
/// </summary>
public class CrossScriptAndSideTests
{
    [Theory]
    [InlineData("Die Gruppe schwamm in der Nacht über den Pandsch.", "de", "Pandsch")]
    [InlineData("Группа ночью прошла через Пяндж.", "ru", "Пяндж")]
    [InlineData("A dozen men waded across the Panj at dawn.", "en", "Panj")]
    public void What_is_crossed_by_a_preposition_is_the_river(string text, string language, string name) =>
        Assert.Equal("cur:panj-river", Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id);

    [Theory]
    [InlineData("Shelling was heard near Ishkashim on the Afghan side.", "gn:1148268")]
    [InlineData("Tents went up near Ishkashim on the Tajik side of the river.", "gn:1221614")]
    public void The_side_said_after_a_name_settles_a_same_name_town(string text, string id) =>
        Assert.Equal(id, Repository.Finder.Find(text, "en").Single(m => m.Text == "Ishkashim").Best.Place.Id);

    [Theory]
    [InlineData("Сафири Чин ба Душанбе омад.", "Чин", "CN")] // China, whose Tajik name the gazetteer has only as چین
    [InlineData("Ҷангҳо дар наздикии Кишм шиддат гирифтанд.", "Кишм", "d2:AF.01.1102")] // Kishim, Persian کشم
    [InlineData("Корвон ба Мазори Шариф расид.", "Мазори Шариф", "gn:1133616")] // the Tajik о in every word of a name
    public void A_Tajik_word_is_read_as_the_Persian_name_it_writes(string text, string name, string id) =>
        Assert.Equal(id, Repository.Finder.Find(text, "tg").Single(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_Tajik_word_that_writes_no_Persian_name_of_the_region_is_no_place() =>
        Assert.DoesNotContain(Repository.Finder.Find("Китоб дар мактаб монд.", "tg"), m => m.Text == "Китоб");

    [Fact]
    public void A_short_name_transliterated_letter_for_letter_is_found() =>
        Assert.Equal("AF-BDS", Repository.Finder.Find("Ҷанг дар Ҷурм идома дорад.", "tg").Single().Best.Place.Admin1);

    [Fact]
    public void A_case_form_of_a_four_letter_Russian_name_is_found() =>
        Assert.Equal("TJ-GB", Repository.Finder.Find("Колонна дошла до Ванча к вечеру.", "ru").Single().Best.Place.Admin1);

    [Fact]
    public void A_Pashto_oblique_case_is_found() =>
        Assert.Equal("RU", Repository.Finder.Find("د روسیې استازی کابل ته ورسېد.", "ps")[0].Best.Place.Id);

    [Fact]
    public void A_Persian_district_name_is_found_without_its_title()
    {
        var mention = Repository.Finder.Find("جنگ در کران و منجان ادامه دارد.", "fa").Single();
        Assert.Equal("کران و منجان", mention.Text);
        Assert.Equal("AF-BDS", mention.Best.Place.Admin1);
    }

    [Theory]
    [InlineData("Some 75 Tajik border guards arrived at the post.", "en", "soldiers", 75, "about")]
    [InlineData("له ۴۰ سرتیرو څخه یوازې لس پاتې دي.", "ps", "soldiers", 40, "exact")] // له … څخه is "of" here, not "more than"
    [InlineData("تر ۶۰ زیات سرتیري راغلل.", "ps", "soldiers", 60, "more-than")]
    public void Guards_are_soldiers_and_a_Pashto_comparison_is_read_from_its_end(string sentence, string language, string key, double value, string qualifier)
    {
        var quantity = Core.Extraction.NumberFinder.Quantities(sentence, language).Single();
        Assert.Equal((key, value, qualifier), (quantity.Key, quantity.Value, quantity.Qualifier));
    }

    [Theory]
    [InlineData("Fighters took the district centre of Jurm on Sunday.", "en", "territorial-control")]
    [InlineData("د جرم ولسوالۍ د طالبانو په لاس کې ده.", "ps", "territorial-control")]
    [InlineData("The soldiers were disarmed at the Tajik post in Khorugh.", "en", "troop-movement")]
    [InlineData("نزح السكان من قندوز.", "ar", "refugees")]
    [InlineData("Hundreds of families fled Kunduz overnight.", "en", "refugees")] // civilians who flee are refugees, not a troop movement
    [InlineData("Tajikistan sent 1,200 troops to the Jilikul district.", "en", "military-presence")] // a state's troops sent somewhere stand there
    [InlineData("Tajik guards reinforced their posts near Langar.", "en", "military-presence")]
    [InlineData("مرزبانان تاجیک پاسگاه‌های خود را در نزدیکی لنگر تقویت کردند.", "fa", "military-presence")]
    public void Cues_of_capture_internment_and_flight(string sentence, string language, string category) =>
        Assert.Equal(category, Repository.Proposer.Propose(sentence, language).Single().Category);

    [Theory]
    [InlineData("At least 70 soldiers left Khwahan district and crossed into Tajikistan over the Ishkashim bridge.", "en", "d2:AF.01.1111")]
    [InlineData("Не менее 70 военных покинули Хваханский уезд и перешли в Таджикистан по мосту Ишкашим.", "ru", "d2:AF.01.1111")]
    [InlineData("Mindestens 70 Soldaten verließen den Bezirk Chwahan und gingen über die Brücke von Ischkaschim nach Tadschikistan.", "de", "d2:AF.01.1111")]
    [InlineData("Tajik guards closed the Ishkashim bridge on Monday.", "en", "cur:ishkashim-bridge")] // the event happens at the bridge
    public void A_bridge_crossed_over_is_no_anchor_but_a_bridge_closed_is(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, Assert.Single(Repository.Proposer.Propose(sentence, language)).PlaceId);

    [Theory]
    [InlineData("The Taliban captured Zebak, officials told reporters in Faizabad.", "en", "Zebak")]
    [InlineData("Russia said that in Tajikistan its troops were ready.", "en", "Tajikistan")] // after "that" comes what was said
    public void Where_officials_spoke_after_their_verb_is_not_the_anchor(string sentence, string language, string anchor)
    {
        var proposal = Assert.Single(Repository.Proposer.Propose(sentence, language));
        Assert.Equal(anchor, proposal.Mentions.First(m => m.Best.Place.Id == proposal.PlaceId).Text);
    }
}
