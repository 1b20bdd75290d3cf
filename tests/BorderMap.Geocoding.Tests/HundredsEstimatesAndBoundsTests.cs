using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts by class, in every language that writes them so: the hundreds and the count after them written in words, estimates written
/// before the number, after it or after its noun, floors said with a negation ("not less than"), ceilings that close the clause
/// ("au plus"), Russian's noun before its number, families who load their carts to leave, and men armed and sent to the front. All
/// sentences are constructed for these tests.
/// </summary>
public class HundredsEstimatesAndBoundsTests
{
    [Theory]
    [InlineData("One hundred and fourteen Afghan soldiers crossed the river at night.", "en", 114)]
    [InlineData("Two hundred and fifty soldiers crossed the river at night.", "en", 250)]
    [InlineData("Hundertvierzehn afghanische Soldaten überquerten nachts den Fluss.", "de", 114)]
    [InlineData("Zweihundertdreiundzwanzig afghanische Soldaten überquerten nachts den Fluss.", "de", 223)]
    [InlineData("Seratus empat belas tentara Afganistan menyeberangi sungai pada malam hari.", "id", 114)]
    [InlineData("Сто четырнадцать афганских военных переправились ночью через реку.", "ru", 114)]
    [InlineData("Яксаду чордаҳ сарбози афғон шабона аз дарё гузаштанд.", "tg", 114)]
    [InlineData("یکصد و چهارده سرباز افغان شبانه از دریا گذشتند.", "fa", 114)]
    [InlineData("یو سل او څوارلس افغان سرتېري د شپې له سیند څخه واوښتل.", "ps", 114)]
    [InlineData("عبر مئة وأربعة عشر جنديا أفغانيا النهر ليلا.", "ar", 114)]
    [InlineData("ایک سو چودہ افغان فوجی رات کو دریا پار کر آئے۔", "ur", 114)]
    [InlineData("Cent quatorze soldats afghans ont traversé la rivière de nuit.", "fr", 114)]
    public void Hundreds_and_the_count_after_them_are_one_number(string text, string language, double value) =>
        QuantityAssert.Single(text, language, "soldiers", value, "exact");

    [Theory]
    [InlineData("Сто солдат и двенадцать офицеров переправились через реку.", "ru")]
    [InlineData("One hundred soldiers, twelve of them officers, crossed the river.", "en")]
    public void Hundreds_and_a_count_of_something_else_stay_apart(string text, string language) =>
        Assert.Equal(100, NumberFinder.Quantities(text, language)[0].Value);

    [Theory]
    [InlineData("Im Garten des Jahrhunderthauses warteten Soldaten.", "de")]
    [InlineData("Солдаты отдыхали в саду два часа.", "ru")]
    public void A_word_holding_hundreds_or_a_garden_is_no_count(string text, string language) =>
        Assert.DoesNotContain(NumberFinder.Quantities(text, language), q => q.Value >= 100);

    [Theory]
    [InlineData("Some 70-odd families from the village have camped on the bank and fled the fighting.", "en")]
    [InlineData("An die 70 Familien aus dem Dorf sind vor den Kämpfen geflohen.", "de")]
    [InlineData("Ба ҳисоби тахминӣ 70 хонавода аз ҷангҳо гурехтанд.", "tg")]
    [InlineData("په اټکل سره ۷۰ کورنۍ له جګړې تښتېدلې دي.", "ps")]
    [InlineData("Sekitar 70 keluarga atau lebih kurang mengungsi dari desa itu.", "id")]
    public void An_estimate_before_or_after_the_number_is_about(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 70, "about");

    [Theory]
    [InlineData("Das Lager liegt 45 Kilometer oder so vom Fluss entfernt.", "de")]
    [InlineData("Kamp itu berada 45 kilometer atau lebih kurang dari sungai.", "id")]
    [InlineData("يقع المخيم على بعد 45 كيلومترا أو نحو ذلك من النهر.", "ar")]
    [InlineData("کیمپ دریا سے 45 کلومیٹر کے لگ بھگ دور ہے۔", "ur")]
    [InlineData("Лагерь разбили километрах в 45 к северу от Кундуза.", "ru")]
    public void A_distance_said_roughly_after_its_noun_or_with_the_noun_first_is_about(string text, string language) =>
        QuantityAssert.Single(text, language, "km", 45, "about");

    [Fact]
    public void A_noun_counted_before_the_number_is_no_inversion() =>
        Assert.DoesNotContain(NumberFinder.Quantities("Из 28 уездов 20 перешли под контроль талибов.", "ru"), q => q.Qualifier == "about");

    [Fact]
    public void German_an_die_before_a_measured_noun_is_to_the_not_some() =>
        Assert.Contains(
            NumberFinder.Quantities("Die Regierung will Soldaten an die 900 Kilometer lange Grenze schicken.", "de"),
            q => (q.Key, q.Value, q.Qualifier) == ("borderKm", 900, "exact"));

    [Theory]
    [InlineData("Russia moved the best part of 700 soldiers to the range.", "en", "nearly")]
    [InlineData("Россия перебросила на полигон чуть ли не 700 военнослужащих.", "ru", "nearly")]
    [InlineData("Russia moved near 700 soldiers to the range.", "en", "nearly")]
    [InlineData("ونقلت روسيا ما يزيد كثيرا على 700 جندي إلى الميدان.", "ar", "more-than")]
    [InlineData("روس نے 700 سے کہیں زیادہ فوجی میدان میں بھیجے۔", "ur", "more-than")]
    public void Nearly_and_well_over_are_read_in_their_own_words(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 700, qualifier);

    [Theory]
    [InlineData("Not less than 45 soldiers surrendered their rifles at the checkpoint.", "en")]
    [InlineData("په تلاشي پوستې کې تر ۴۵ کم نه سرتېرو وسلې وسپارلې.", "ps")]
    [InlineData("چیک پوسٹ پر 45 سے کم نہیں فوجیوں نے ہتھیار ڈال دیے۔", "ur")]
    public void A_ceiling_denied_is_a_floor(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 45, "at-least");

    [Theory]
    [InlineData("Le gouvernement n'a envoyé au front que 300 hommes de la vallée au plus, selon le gouverneur.", "fr")]
    [InlineData("ولم ترسل الحكومة إلى خط الجبهة سوى 300 رجل من أهل الوادي كحد أقصى.", "ar")]
    [InlineData("No more than 300 local men were armed and sent to the front line.", "en")]
    [InlineData("Власти отправили на передовую не больше 300 местных жителей.", "ru")]
    public void Men_sent_to_the_front_with_a_ceiling_at_the_end_of_the_clause_are_reservists_up_to(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 300, "up-to");

    [Theory]
    [InlineData("About 150 families loaded their carts and left for Kunduz.", "en")]
    [InlineData("Etwa 150 Familien beluden ihre Karren und machten sich auf den Weg nach Kundus.", "de")]
    [InlineData("Около 150 семей погрузили скарб на повозки и уехали в Кундуз.", "ru")]
    [InlineData("Environ 150 familles ont chargé leurs charrettes pour partir vers Kunduz.", "fr")]
    [InlineData("حدود ۱۵۰ خانواده بار خود را بر گادی‌ها گذاشتند و راهی کندز شدند.", "fa")]
    public void Families_who_load_their_carts_to_leave_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 150, "about");
}
