using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's thirty-fourth unseen part (seen35): a bridge named after both its ends is found in
/// every script, its two names joined by a hyphen, a dash or a space and, in Russian, the bridge word in any case; a bridge that a verb
/// of crossing takes as its object is the way taken, not the event's place, and a Russian name after a kind word in the prepositional
/// case ("в уезде Шигнан") is where things are, not where they went; Arabic families who "فرت" (fled) and Urdu families "بھاگنے
/// والے" (fleeing) are refugees. All sentences are constructed for these tests.
/// </summary>
public class DashedBridgesAndFleeingFamiliesTests
{
    private const string TemDemoganBridge = "cur:tem-demogan-bridge";

    private static string CategoryOf(string sentence, string language) =>
        CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category;

    [Theory]
    [InlineData("Пограничники закрыли движение по мосту Тем – Демоген в пятницу.", "ru", "мосту Тем – Демоген")]
    [InlineData("Колонна грузовиков стояла у моста Тем-Демоген всю ночь.", "ru", "моста Тем-Демоген")]
    [InlineData("Мошинҳо шабона аз пули Тем – Демоған гузаштанд.", "tg", "пули Тем – Демоған")]
    [InlineData("مرزبانان تاجیک روز جمعه پل تیم-دیموگان را بستند.", "fa", "پل تیم-دیموگان")]
    [InlineData("کامیون‌ها شبانه از پل تیم دیموگان گذشتند.", "fa", "پل تیم دیموگان")]
    [InlineData("تاجک پوله ساتو د جمعې په ورځ تیم-دیموګان پل وتاړه.", "ps", "تیم-دیموګان پل")]
    [InlineData("أغلق حرس الحدود الطاجيك جسر تيم-ديموغان يوم الجمعة.", "ar", "جسر تيم-ديموغان")]
    [InlineData("تاجک سرحدی محافظوں نے جمعہ کو تیم ڈیموگان پل بند کر دیا۔", "ur", "تیم ڈیموگان پل")]
    public void A_bridge_named_after_both_its_ends_is_found_in_every_script(string text, string language, string name) =>
        Assert.Equal(TemDemoganBridge, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("About 30 Afghan soldiers who left their posts in the Shighnan district crossed the Tem-Demogan bridge to Khorog on Monday.", "en", "Shighnan")]
    [InlineData("Rund 30 afghanische Soldaten, die ihre Posten im Bezirk Schighnan verlassen hatten, überquerten am Montag die Tem-Demogan-Brücke nach Chorog.", "de", "Schighnan")]
    [InlineData("Une trentaine de soldats afghans qui avaient quitté leurs postes dans le district de Chighnan ont franchi lundi le pont de Tem-Demogan vers Khorog.", "fr", "Chighnan")]
    [InlineData("Sekitar 30 tentara Afghanistan yang meninggalkan pos mereka di distrik Shighnan menyeberangi jembatan Tem-Demogan ke Khorog pada Senin.", "id", "Shighnan")]
    [InlineData("قالت السلطات إن 30 جنديا أفغانيا تركوا مواقعهم في مديرية شغنان عبروا جسر تيم-ديموغان إلى خوروغ.", "ar", "شغنان")]
    [InlineData("Около 30 афганских пограничников, оставивших посты в уезде Шигнан, перешли по мосту Тем – Демоген в Хорог.", "ru", "Шигнан")]
    public void Soldiers_who_crossed_a_bridge_are_anchored_where_they_left(string sentence, string language, string district) =>
        Assert.Equal(district, AnchorAssert.Of(sentence, language));

    [Fact]
    public void People_waiting_at_a_bridge_stay_anchored_on_it() =>
        Assert.Equal("Tem-Demogan bridge", AnchorAssert.Of("About 200 people waited at the Tem-Demogan bridge on Monday, hoping to cross into Tajikistan.", "en"));

    [Theory]
    [InlineData("قال شيوخ إن أسرا فرت من القتال في كشم وصلت إلى فيض آباد مشيا على الأقدام.", "ar")]
    [InlineData("کشم میں لڑائی سے بھاگنے والے خاندان پیدل فیض آباد پہنچ گئے ہیں، حکام نے کہا۔", "ur")]
    public void Families_who_fled_are_refugees(string sentence, string language) =>
        Assert.Equal("refugees", CategoryOf(sentence, language));
}
