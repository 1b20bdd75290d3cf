using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Pashto and Urdu counts from 21 to 99 in words; men counted from the reserve lists are reservists; people housed or who crossed a
/// river are refugees; a road's ends and a garrison people report to are not the event's place; "از سوی" is where people came from.
/// All sentences are constructed for these tests.
/// </summary>
public class CountWordsReserveListsAndRoadEndsTests
{
    [Theory]
    [InlineData("درپنځوس افغان سرتېري له پولې واوښتل.", "ps", 53, "exact")]
    [InlineData("دوه ویشت سرتېري کندز ته ولاړل.", "ps", 22, "exact")]
    [InlineData("نږدې اووه څلوېښت سرتېري له سیند څخه واوښتل.", "ps", 47, "nearly")]
    [InlineData("ترپن افغان فوجی سرحد پار کر گئے۔", "ur", 53, "exact")]
    [InlineData("تقریباً پینتیس فوجی پیچھے ہٹ گئے۔", "ur", 35, "about")]
    [InlineData("چھیاسی فوجی دریا پار کر گئے۔", "ur", 86, "exact")]
    public void Pashto_and_Urdu_counts_from_21_to_99_are_read(string sentence, string language, double value, string qualifier) =>
        QuantityAssert.Single(sentence, language, "soldiers", value, qualifier);

    [Theory]
    [InlineData("Trente et un soldats afghans ont traversé la rivière.", "fr")]
    [InlineData("Сиву як сарбози афғон аз дарё гузаштанд.", "tg")]
    [InlineData("وعبر واحدا وثلاثين جنديا أفغانيا النهر.", "ar")]
    public void Thirty_one_in_words_is_one_count(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 31, "exact");

    [Theory]
    [InlineData("At least 60 families are living in tents outside Kulob.", "en")]
    [InlineData("Не менее 60 семей живут в палатках под Кулябом.", "ru")]
    [InlineData("دست‌کم ۶۰ خانواده در بیرون از کولاب در خیمه‌ها زندگی می‌کنند.", "fa")]
    public void Families_living_in_tents_are_refugees(string sentence, string language)
    {
        QuantityAssert.Single(sentence, language, "refugees", 60, "at-least");
        Assert.Equal("refugees", CategoryCues.Suggest(sentence, false, language).Category);
    }

    [Theory]
    [InlineData("حکومت نے بہتر فوجی سازوسامان بھیجا۔", "ur")]
    [InlineData("چون سربازان فرار کردند، ولسوالی سقوط کرد.", "fa")]
    public void A_count_word_that_is_also_a_common_word_is_not_read(string sentence, string language) =>
        Assert.Empty(NumberFinder.Quantities(sentence, language));

    [Theory]
    [InlineData("Up to 200 men on the reserve lists were called up on Monday.", "en")]
    [InlineData("Jusqu'à 200 hommes inscrits sur les listes de réserve du district de Vose ont été convoqués.", "fr")]
    [InlineData("تا ۲۰۰ مرد از فهرست نیروهای ذخیره فراخوانده شدند.", "fa")]
    [InlineData("ریزرو فہرستوں میں سے 200 تک افراد کو طلب کیا گیا۔", "ur")]
    [InlineData("د احتیاطي لېستونو تر ۲۰۰ پورې کسان وغوښتل شول.", "ps")]
    public void Men_counted_from_the_reserve_lists_are_reservists(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "reservists", 200, "up-to");

    [Fact]
    public void Soldiers_named_after_reservists_stay_soldiers()
    {
        var quantities = NumberFinder.Quantities("The ministry sent 500 reservists and 1,000 soldiers to the border.", "en");
        Assert.Equal([("reservists", 500.0), ("soldiers", 1000.0)], quantities.Select(q => (q.Key, q.Value)));
    }

    [Theory]
    [InlineData("In einer Schule bei Kulob sind 80 Afghanen untergebracht.", "de")]
    [InlineData("Une école près de Kouliab héberge 80 Afghans.", "fr")]
    [InlineData("80 Afghans ont traversé la rivière vendredi.", "fr")]
    public void People_housed_or_who_crossed_a_river_are_refugees(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "refugees", 80, "exact");

    [Theory]
    [InlineData("The army retook the Khanabad district on the road from Kunduz to Taloqan on Sunday.", "en", "Khanabad")]
    [InlineData("Die Armee eroberte den Bezirk Chanabad an der Straße von Kundus nach Talokan zurück.", "de", "Chanabad")]
    [InlineData("L'armée a repris le district de Khanabad, sur la route de Taloqan.", "fr", "Khanabad")]
    [InlineData("Армия отбила уезд Ханабад на трассе в Талукан.", "ru", "Ханабад")]
    [InlineData("استعاد الجيش مديرية خان آباد على الطريق المؤدي إلى طالقان.", "ar", "خان آباد")]
    [InlineData("فوج نے طالقان جانے والی شاہراہ پر واقع ضلع خان آباد واپس لے لیا۔", "ur", "خان آباد")]
    public void A_road_s_end_is_no_anchor(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Up to 200 reservists from the Danghara district were called up and told to report to the garrison in Kulob.", "en", "Danghara")]
    [InlineData("Hingga 200 pria dari distrik Danghara diperintahkan melapor ke garnisun di Kulob.", "id", "Danghara")]
    public void The_garrison_men_report_to_is_no_anchor_of_their_call_up(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("More than 300 servicemen of the 201st military base in Dushanbe held drills near Yovon on Friday.", "en", "Yovon")]
    [InlineData("Более 300 военнослужащих 201-й военной базы в Душанбе провели учения у Ёвона.", "ru", "Ёвона")]
    [InlineData("Tajikistan has moved 400 soldiers to the town of Vose and to Kulob.", "en", "Vose")]
    public void A_base_the_soldiers_belong_to_is_not_where_they_are(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("وفي ولاية قندوز، قال الجيش إنه استعاد مديرية خان آباد.", "ar", "خان آباد")]
    [InlineData("طالبانو د جمعې په ورځ د کشم ولسوالۍ مرکز مشهد ونیو.", "ps", "مشهد")]
    public void A_clause_said_with_a_pronoun_on_that_and_a_centre_named_after_its_area_keep_the_event_s_place(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("حدود ۵۰۰ تن از سوی افغانستان در نزدیکی فرخار گرد آمدند.", "افغانستان", PlaceRole.Origin)]
    [InlineData("حدود ۵۰۰ تن به سوی افغانستان رفتند.", "افغانستان", PlaceRole.Destination)]
    public void From_the_side_of_is_where_people_came_from(string sentence, string name, PlaceRole role)
    {
        var start = sentence.IndexOf(name, StringComparison.Ordinal);
        Assert.Equal(role, PlaceRoles.Of(sentence, start, start + name.Length));
    }
}
