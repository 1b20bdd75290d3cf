using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts by class, in every language that writes them so: a bound a little under or over the number ("a little under", "каме камтар
/// аз", "له … یو څه لږ"), a compass bound ("north of 2,000"), "getting on for", ceilings said "at most" ("самое большее", "حداکثر"),
/// estimates said with a passive or a phrase before the number ("به تخمین", "اټکل کېږي"), people armed by those who raise them, and
/// people waiting at a crossing. All sentences are constructed for these tests.
/// </summary>
public class SlightBoundsArmedMenAndWaitingTests
{
    [Theory]
    [InlineData("The office has called up a little under 150 reservists for the posts.", "en")]
    [InlineData("The office has called up slightly less than 150 reservists for the posts.", "en")]
    [InlineData("Das Wehramt hat etwas weniger als 150 Reservisten einberufen.", "de")]
    [InlineData("Le bureau a convoqué un peu moins de 150 réservistes pour les postes.", "fr")]
    [InlineData("Kantor itu memanggil sedikit di bawah 150 tentara cadangan untuk pos perbatasan.", "id")]
    [InlineData("Военкомат призвал немного меньше 150 резервистов для застав.", "ru")]
    [InlineData("Комиссариат каме камтар аз 150 захиравиро даъват кардааст.", "tg")]
    [InlineData("کمیساریا کمی کمتر از ۱۵۰ نیروی ذخیره را فراخوانده است.", "fa")]
    [InlineData("نظامي دفتر له ۱۵۰ یو څه لږ احتیاطي ځواکونه راغوښتي دي.", "ps")]
    [InlineData("استدعت الإدارة أقل قليلا من 150 من جنود الاحتياط.", "ar")]
    [InlineData("دفتر نے 150 سے تھوڑا کم ریزرو اہلکار طلب کیے ہیں۔", "ur")]
    public void A_little_under_the_number_is_nearly(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 150, "nearly");

    [Theory]
    [InlineData("Tajikistan has moved north of 2,000 troops to the border.", "en", "more-than")]
    [InlineData("Tajikistan has moved a little over 2,000 troops to the border.", "en", "more-than")]
    [InlineData("Tadschikistan hat knapp über 2000 Soldaten an die Grenze verlegt.", "de", "more-than")]
    [InlineData("Le Tadjikistan a déplacé un peu plus de 2 000 soldats vers la frontière.", "fr", "more-than")]
    [InlineData("Tajikistan memindahkan sedikit di atas 2.000 tentara ke perbatasan.", "id", "more-than")]
    [InlineData("Tajikistan has moved south of 2,000 troops to the border.", "en", "up-to")]
    [InlineData("Tajikistan has moved getting on for 2,000 troops to the border.", "en", "nearly")]
    public void A_compass_or_slight_bound_before_the_number_is_its_bound(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 2000, qualifier);

    [Theory]
    [InlineData("The government has armed at most 500 local men in the districts.", "en")]
    [InlineData("Die Regierung hat höchstens 500 Männer aus der Gegend bewaffnet.", "de")]
    [InlineData("Le gouvernement a armé tout au plus 500 hommes de la région.", "fr")]
    [InlineData("Pemerintah telah mempersenjatai paling banyak 500 warga setempat di distrik itu.", "id")]
    [InlineData("Власти вооружили самое большее 500 местных жителей в уездах.", "ru")]
    [InlineData("Ҳукумат ҳадди аксар 500 нафар сокинони маҳаллиро мусаллаҳ кардааст.", "tg")]
    [InlineData("دولت حداکثر ۵۰۰ مرد محلی را مسلح کرده است.", "fa")]
    [InlineData("حکومت په دوو ولسوالیو کې تر ۵۰۰ پورې سیمه‌ییز سړي وسله وال کړي دي.", "ps")]
    [InlineData("وقال المتحدث إن الحكومة سلحت 500 رجل على الأكثر من السكان.", "ar")]
    [InlineData("حکومت نے زیادہ سے زیادہ 500 مقامی مردوں کو مسلح کیا ہے۔", "ur")]
    public void Men_armed_by_the_government_are_reservists_and_at_most_is_a_ceiling(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 500, "up-to");

    [Theory]
    [InlineData("About 300 armed men attacked the district centre at night.", "en")]
    [InlineData("Rund 300 bewaffnete Männer griffen nachts das Bezirkszentrum an.", "de")]
    [InlineData("Border guards said they were disarming 300 men who crossed the river.", "en")]
    [InlineData("سرحدی محافظوں نے بتایا کہ پل پر 300 افراد کو غیر مسلح کیا گیا۔", "ur")]
    public void Armed_men_and_men_disarmed_are_no_call_up(string text, string language) =>
        Assert.DoesNotContain(NumberFinder.Quantities(text, language), q => q.Key == "reservists");

    [Fact]
    public void Their_weapons_taken_from_them_is_no_arming() =>
        QuantityAssert.Single("وأضاف أنهم جردوا من أسلحتهم، وأنه يتوقع وصول 12 جنديا آخرين على الأكثر.", "ar", "soldiers", 12, "up-to");

    [Theory]
    [InlineData("او گفت به تخمین ۱۳۰۰ خانواده که از المار فرار کرده‌اند، در مکتب‌ها پناه گرفته‌اند.", "fa")]
    [InlineData("هغه وویل چې اټکل کېږي ۱۳۰۰ کورنۍ له المار څخه تښتېدلې دي.", "ps")]
    [InlineData("On estime à 1 300 le nombre de familles ayant fui Almar.", "fr")]
    [InlineData("ایک اندازے کے مطابق 1300 خاندان المار سے بھاگ گئے ہیں۔", "ur")]
    public void An_estimate_said_before_the_number_is_about(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 1300, "about");

    [Theory]
    [InlineData("Something like 300 soldiers crossed the river at night.", "en")]
    [InlineData("In the neighbourhood of 300 soldiers crossed the river at night.", "en")]
    [InlineData("300 soldiers or thereabouts crossed the river at night.", "en")]
    [InlineData("300 soldats à peu près ont traversé la rivière de nuit.", "fr")]
    public void An_approximation_in_other_words_is_about(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 300, "about");

    [Theory]
    [InlineData("An der Grenze warten seit drei Tagen 212 Menschen an der geschlossenen Brücke.", "de")]
    [InlineData("На границе 212 человек третьи сутки ждут у закрытого моста.", "ru")]
    [InlineData("وقال مسؤول إن 212 شخصا ينتظرون منذ ثلاثة أيام عند الجسر المغلق.", "ar")]
    public void People_waiting_at_a_closed_crossing_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 212, "exact");

    [Fact]
    public void More_expected_in_German_is_no_waiting() =>
        Assert.DoesNotContain(NumberFinder.Quantities("Die Behörden erwarten 12 weitere Menschen in Chorog.", "de"), q => q.Key == "refugees");
}
