namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Four classes of wrong places of the wire evaluation's older parts, each checked on sentences of their own (constructed by the
/// project, not taken from a report): a dateline's name of two countries read by the story's provinces, though a dateline says where
/// the report was filed; a caption's name of two countries with no word of its own, whose pictures are taken on the side the report
/// was filed from (a Russian dateline may close with its agency between slashes, "ДУШАНБЕ, 5 июля. /Корр./."); a country named before
/// a clause of its own ("… as fighting nears Fayzabad") read as the subject of the name's clause; and an area that qualifies a town
/// across the border ("the Wakhan village of Langar") read as the Afghan district.
/// </summary>
public class DatelinesCaptionsAndClauseOpeningsTests
{
    private const string TajikIshkashim = "gn:1221614";
    private const string AfghanIshkashim = "gn:1148268";
    private const string AfghanFayzabad = "gn:1142170";

    private static IReadOnlyList<BorderMap.Core.Extraction.PlaceMention> Find(string text, string language) => Repository.Finder.Find(text, language);

    [Theory]
    [InlineData("ISHKASHIM (Newswire) – Afghan soldiers abandoned their posts in Badakhshan province on Monday, officials said.", "en", "ISHKASHIM")]
    [InlineData("ISCHKASCHIM (Agentur) – Die Taliban haben in der afghanischen Provinz Badachschan drei Bezirke eingenommen.", "de", "ISCHKASCHIM")]
    [InlineData("ИШКОШИМ, 9 июл – Толибон дар вилояти Бадахшони Афғонистон се ноҳияро ишғол карданд.", "tg", "ИШКОШИМ")]
    public void A_datelines_name_of_two_countries_is_not_read_by_the_storys_provinces(string text, string language, string name) =>
        Assert.Equal(TajikIshkashim, Find(text, language).First(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_datelines_own_country_still_decides() =>
        Assert.Equal(AfghanIshkashim, Find("ISHKASHIM, Afghanistan (Newswire) – Taliban fighters entered the town on Monday, residents said.", "en")
            .First(m => m.Text == "ISHKASHIM").Best.Place.Id);

    [Theory]
    [InlineData("DUSHANBE (Newswire) – The Taliban took three districts of Badakhshan province on Monday.\nPhoto: border guards near Ishkashim (file photo)", "en", "Ishkashim")]
    [InlineData("DOUCHANBÉ, 5 juillet (Agence) – Les talibans ont pris trois districts de la province du Badakhchan.\nPhoto : des soldats près d'Ichkachim (archives)", "fr", "Ichkachim")]
    [InlineData("ДУШАНБЕ, 5 июля – Талибы заняли три уезда провинции Бадахшан.\nФото: военные у моста под Ишкашимом", "ru", "Ишкашимом")]
    [InlineData("ДУШАНБЕ, 5 июля. /Корр./. Талибы заняли три уезда провинции Бадахшан.\nФото: военные у моста под Ишкашимом", "ru", "Ишкашимом")] // the agency between slashes closes the dateline
    public void A_captions_name_of_two_countries_lies_on_the_side_its_report_was_filed_from(string text, string language, string name) =>
        Assert.Equal(TajikIshkashim, Find(text, language).Last(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_caption_under_an_afghan_dateline_stays_afghan() =>
        Assert.Equal(AfghanIshkashim, Find("KUNDUZ, Afghanistan (Newswire) – The Taliban took three districts of Badakhshan province on Monday.\nPhoto: soldiers near Ishkashim (file photo)", "en")
            .Last(m => m.Text == "Ishkashim").Best.Place.Id);

    [Fact]
    public void A_caption_does_not_move_a_provincial_capital_across_the_border() =>
        // Fayzabad's Tajik namesake is a village: the dateline's side only settles names the story leaves even.
        Assert.Equal(AfghanFayzabad, Find("DUSHANBE (Newswire) – The Taliban neared Fayzabad, the capital of Badakhshan province.\nPhoto: Taliban fighters outside Fayzabad", "en")
            .Last(m => m.Text == "Fayzabad").Best.Place.Id);

    [Theory]
    [InlineData("Read more: Tajikistan calls up reservists as fighting nears Fayzabad", "en", "Fayzabad")]
    [InlineData("Tajikistan moved troops to the border while the Taliban besieged Fayzabad.", "en", "Fayzabad")]
    [InlineData("Baca juga: Tajikistan memanggil pasukan cadangan saat pertempuran mendekati Fayzabad", "id", "Fayzabad")]
    [InlineData("Lire aussi : le Tadjikistan rappelle ses réservistes alors que les combats approchent de Faïzabad", "fr", "Faïzabad")]
    public void A_country_before_a_clause_of_its_own_does_not_claim_the_clauses_name(string text, string language, string name) =>
        Assert.Equal(AfghanFayzabad, Find(text, language).Single(m => m.Text == name).Best.Place.Id);

    [Theory]
    [InlineData("Tajikistan held exercises near Fayzabad.")]
    [InlineData("Tajikistan reinforced towns such as Fayzabad.")]
    public void A_country_in_the_names_own_clause_still_claims_it(string text) =>
        Assert.Equal("gn:1221774", Repository.PlaceIdFound(text, "en", "Fayzabad"));

    [Fact]
    public void An_area_across_the_border_from_the_town_it_qualifies_is_no_place()
    {
        var found = Find("Fifty soldiers crossed on foot at the Wakhan village of Langar.", "en");
        Assert.DoesNotContain(found, m => m.Text == "Wakhan");
        Assert.Equal("cur:langar-wakhan", found.Single(m => m.Text == "Langar").Best.Place.Id);
    }

    [Fact]
    public void An_area_that_holds_the_town_it_qualifies_stays() =>
        Assert.Equal("AF-BDS", Repository.PlaceIdFound("Fighters entered the Badakhshan town of Fayzabad.", "en", "Badakhshan"));
}
