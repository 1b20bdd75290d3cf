using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>Counts of a group already named, of people arriving, parts of a whole said first, qualifiers across a preposition; categories from the count and the cues.</summary>
public class CountedGroupAndCueTests
{
    [Theory]
    [InlineData("About 60 of them crossed the river and were disarmed.", "en", "soldiers", 60, "about")]
    [InlineData("Около 60 из них переправились через реку.", "ru", "soldiers", 60, "about")]
    [InlineData("وعبر نحو ٦٠ منهم النهر.", "ar", "soldiers", 60, "about")]
    [InlineData("حدود ۶۰ تن از آنان از رود گذشتند.", "fa", "soldiers", 60, "about")]
    [InlineData("Тақрибан 60 нафари онҳо аз дарё убур карданд.", "tg", "soldiers", 60, "about")]
    [InlineData("Environ 60 autres sont passés sur l'autre rive.", "fr", "soldiers", 60, "about")]
    [InlineData("120 or more of them crossed the bridge.", "en", "soldiers", 120, "at-least")]
    public void A_group_counted_without_its_name_who_crossed_over_are_soldiers(string text, string language, string key, double value, string qualifier) =>
        AssertFirst(text, language, key, value, qualifier);

    [Fact]
    public void Families_who_crossed_are_no_soldiers() =>
        Assert.DoesNotContain(NumberFinder.Quantities("60 families crossed the river.", "en"), q => q.Key == "soldiers");

    [Theory]
    [InlineData("Up to 700 people from the valley have reached the town since Monday.", "en", 700, "up-to")]
    [InlineData("Bis zu 700 Menschen aus dem Tal sind in der Stadt angekommen.", "de", 700, "up-to")]
    [InlineData("До 700 человек из долины добрались до города.", "ru", 700, "up-to")]
    [InlineData("تا ۷۰۰ تن از دره به شهر رسیده‌اند.", "fa", 700, "up-to")]
    [InlineData("وادی سے 700 تک افراد شہر پہنچ چکے ہیں۔", "ur", 700, "up-to")]
    [InlineData("Der Bezirk nahm mehr als 70 Menschen aus dem Nachbarbezirk auf.", "de", 70, "more-than")]
    [InlineData("وانتظر قرابة ٧٠٠ شخص عند المعبر.", "ar", 700, "nearly")]
    [InlineData("له ۷۰۰ زیاتې کورنۍ بې ځایه شوې دي.", "ps", 700, "more-than")]
    public void People_who_arrived_were_taken_in_or_waited_are_refugees(string text, string language, double value, string qualifier) =>
        AssertFirst(text, language, "refugees", value, qualifier);

    [Theory]
    [InlineData("mindestens 12 Bezirke der Provinz", "de", "districts", 12, "at-least")]
    [InlineData("د ولایت له ۱۸ ولسوالیو څخه له ۱۲ څخه زیاتې د طالبانو په لاس کې دي.", "ps", "districts", 12, "more-than")]
    [InlineData("обстреляли город примерно в 30 км к югу", "ru", "km", 30, "about")]
    [InlineData("تر ۳ زره ذخیره ځواکونه وغوښتل شول.", "ps", "reservists", 3000, "up-to")]
    [InlineData("له ۳ زره څخه زیات ذخیره ځواکونه وغوښتل شول.", "ps", "reservists", 3000, "more-than")]
    public void A_whole_said_first_a_German_district_a_preposition_after_the_qualifier_and_Pashto_tar(string text, string language, string key, double value, string qualifier)
    {
        var quantity = NumberFinder.Quantities(text, language).Single(q => q.Value == value);
        Assert.Equal((key, qualifier), (quantity.Key, quantity.Qualifier));
    }

    [Fact]
    public void A_count_of_soldiers_keeps_a_crossing_a_troop_movement()
    {
        const string sentence = "Около 60 из них переправились через реку.";
        Assert.Equal("troop-movement", CategoryCues.Suggest(sentence, false, "ru", NumberFinder.Quantities(sentence, "ru")).Category);
    }

    [Theory]
    [InlineData("Die Taliban halten nun drei Bezirke am Fluss.", "de", "territorial-control")]
    [InlineData("Les talibans ont pris le district de Yamgan, selon un responsable.", "fr", "territorial-control")]
    [InlineData("Правительственные силы потеряли два уезда, сообщил представитель.", "ru", "territorial-control")]
    [InlineData("Fighters entered the district and set up checkpoints, residents said.", "en", "territorial-control")]
    [InlineData("Afghan soldiers entered Tajikistan at night, the border service said.", "en", "troop-movement")]
    [InlineData("A resident said Taliban fighters had been seen as far as the pass.", "en", "territorial-control")]
    [InlineData("Hundreds of villagers gathered on the far bank after the Taliban stormed the town.", "en", "refugees")]
    [InlineData("Weitere 50 Soldaten setzten über den Fluss in den Bezirk über.", "de", "troop-movement")]
    [InlineData("Russia said its troops were ready to help guard the border, officials said.", "en", "military-presence")]
    [InlineData("طالبان اکنون سه ولسوالی را در اختیار دارند، یک مقام گفت.", "fa", "territorial-control")]
    [InlineData("طالبان شب گذشته دو ولسوالی را تصرف کردند، یک مقام گفت.", "fa", "territorial-control")]
    public void Cues_for_held_lost_entered_seen_gathered_crossed_and_guarded_outweigh_said_and_last_night_is_no_crossing(string sentence, string language, string category) =>
        Assert.Equal(category, CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Theory]
    [InlineData("Up to 700 people from the valley have reached the town, an official said.", "en", "refugees")]
    [InlineData("تقریباً ۵۰۰ افراد ضلع سے بھاگ گئے، امدادی کارکنوں نے بتایا۔", "ur", "refugees")]
    [InlineData("تاجیکستان حدود ۱۰۰۰ نیروی ذخیره را در دو ناحیه فراخواند.", "fa", "mobilisation")]
    public void A_count_of_refugees_or_reservists_speaks_for_its_category(string sentence, string language, string category) =>
        Assert.Equal(category, CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    private static void AssertFirst(string text, string language, string key, double value, string qualifier)
    {
        var quantity = NumberFinder.Quantities(text, language).MinBy(q => q.Start);
        Assert.Equal((key, value, qualifier), (quantity?.Key, quantity?.Value, quantity?.Qualifier));
    }
}
