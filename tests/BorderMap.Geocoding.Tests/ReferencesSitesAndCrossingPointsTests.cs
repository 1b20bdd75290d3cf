using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A place named only to say where another lies (a distance from it, a side of it, facing it) is no claim's anchor; a larger place
/// named after a site and a locative says where the site is; where those who fled crossed is not where the event was; soldiers who
/// pull back move; families housed are refugees; French credit lines give no claim. All sentences are constructed for these tests.
/// </summary>
public class ReferencesSitesAndCrossingPointsTests
{
    [Theory]
    [InlineData("The Taliban took the Khulm district on Monday, a few kilometres from Camp Marmal.", "en", "Khulm")]
    [InlineData("Die Taliban nahmen am Montag den Bezirk Chulm ein, wenige Kilometer vom Camp Marmal entfernt.", "de", "Chulm")]
    [InlineData("Les talibans ont pris lundi le district de Kholm, à quelques kilomètres de Camp Marmal.", "fr", "Kholm")]
    [InlineData("The Taliban took the Khulm district east of Mazar-i-Sharif on Monday.", "en", "Khulm")]
    [InlineData("Taliban merebut distrik Khulm di sebelah timur Mazar-i-Sharif pada Senin.", "id", "Khulm")]
    [InlineData("Талибы заняли уезд Хульм к востоку от Мазари-Шарифа.", "ru", "Хульм")]
    [InlineData("طالبان ولسوالی خلم در شرق مزار شریف را گرفتند.", "fa", "خلم")]
    [InlineData("سيطرت طالبان على مديرية خلم شرق مزار شريف.", "ar", "خلم")]
    public void A_point_of_reference_is_no_anchor(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Fact]
    public void A_place_faced_across_a_river_is_the_anchor_when_nothing_else_is_named() =>
        Assert.Equal("Farkhor", AnchorAssert.Of("Border guards turned back 150 Afghans who tried to cross the Panj opposite the Farkhor district.", "en"));

    [Theory]
    [InlineData("Russian servicemen of the 201st military base in Dushanbe held drills on Sunday.", "en", "201st military base")]
    [InlineData("Residents of Khandud, a village in the Wakhan corridor, said the Taliban had arrived.", "en", "Khandud")]
    public void A_larger_place_after_a_site_or_a_village_only_says_where_it_is(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("About 70 Afghan soldiers who fled the Khwahan district crossed the Panj near Kalaikhum overnight.", "en", "Khwahan")]
    [InlineData("Около 70 афганских военных, бежавших из Хорога, ночью переправились через Пяндж у Калаихума.", "ru", "Хорога")]
    [InlineData("Nearly 2,000 people, many of them from Imam Sahib, waited at Sher Khan Bandar on Monday.", "en", "Sher Khan Bandar")]
    public void Where_those_who_fled_crossed_is_not_the_event_unless_they_wait_at_a_crossing(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Hampir tujuh puluh tentara mundur ke Kunduz.", "id")]
    [InlineData("Rund siebzig Soldaten hatten sich nach Kundus zurückgezogen.", "de")]
    [InlineData("Около семидесяти военных отошли в Кундуз.", "ru")]
    [InlineData("Тақрибан ҳафтод сарбоз ба Қундуз ақиб нишастанд.", "tg")]
    [InlineData("نږدې اویا سرتېري کندز ته شاتګ وکړ.", "ps")]
    [InlineData("تقریباً ستر فوجی قندوز کی طرف پیچھے ہٹ گئے۔", "ur")]
    public void Soldiers_who_pull_back_move(string sentence, string language) =>
        Assert.Equal("troop-movement", CategoryCues.Suggest(sentence, false, language).Category);

    [Theory]
    [InlineData("Ақаллан чил оилаи афғон, ки аз марз гузаштанд, дар Кӯлоб дар як мактаб ҷойгир карда шуданд.", "tg", "refugees")]
    [InlineData("Тоҷикистон 500 сарбозро дар Кӯлоб ҷойгир кард.", "tg", "military-presence")]
    public void Families_housed_are_refugees_and_troops_put_in_place_a_presence(string sentence, string language, string category) =>
        Assert.Equal(category, Assert.Single(Repository.Proposer.Propose(sentence, language)).Category);

    [Fact]
    public void Nothing_after_a_ground_taken_into_the_hands_of_makes_it_a_movement() =>
        Assert.Equal("territorial-control", CategoryCues.Suggest("ضلع خم آب بغیر لڑائی کے طالبان کے قبضے میں چلے گئے اور 150 فوجی پیچھے ہٹ گئے۔", false, "ur").Category);

    [Theory]
    [InlineData("Fifty-three Afghan soldiers crossed the river.", "en")]
    [InlineData("Dreiundfünfzig afghanische Soldaten überquerten den Fluss.", "de")]
    [InlineData("Cinquante-trois soldats afghans ont traversé la rivière.", "fr")]
    [InlineData("Lima puluh tiga tentara Afganistan menyeberangi sungai.", "id")]
    [InlineData("Пятьдесят три афганских военных пересекли реку.", "ru")]
    [InlineData("Панҷоҳу се сарбози афғон аз дарё гузаштанд.", "tg")]
    [InlineData("پنجاه و سه سرباز افغان از دریا گذشتند.", "fa")]
    [InlineData("وعبر ثلاثة وخمسين جنديا أفغانيا النهر.", "ar")]
    public void Tens_and_ones_in_words_are_one_count(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 53, "exact");

    [Fact]
    public void A_count_of_the_reserve_lists_is_of_reservists() =>
        QuantityAssert.Single("До 300 человек из списков запаса вызваны на сборы.", "ru", "reservists", 300, "up-to");

    [Theory]
    [InlineData("More than seventy soldiers who abandoned the Khulm district reached Mazar-i-Sharif on foot.", "en")]
    [InlineData("Более семидесяти военных, оставивших Хульм, добрались до Мазари-Шарифа.", "ru")]
    [InlineData("Беш аз ҳафтод сарбоз, ки Хулм-ро тарк карданд, ба Мазори Шариф расиданд.", "tg")]
    public void Soldiers_counted_who_left_a_place_move(string sentence, string language) =>
        Assert.Equal("troop-movement", Assert.Single(Repository.Proposer.Propose(sentence, language)).Category);

    [Fact]
    public void A_French_credit_line_gives_no_claim() =>
        Assert.Empty(Repository.Proposer.Propose("Reportage de Jean Dupont à Kunduz ; édition de Paul Martin", "fr"));
}
