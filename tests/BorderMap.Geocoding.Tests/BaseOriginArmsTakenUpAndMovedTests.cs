using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Categories and anchors by class, in every language that says them so: troops that come "from their base in" a town are anchored
/// where they were sent, not on the base's town; people who "reached" a town (Russian "добрались до") went there, and are anchored on
/// the district they fled; villagers who take up arms said with the noun last (Tajik, Pashto) answer a call-up; armour and troops
/// "moved" (French "a déplacé", Tajik "кӯчонид") are a military presence, not people displaced; Arabic verbs of seizing in the
/// feminine ("استولت", the Taliban as a body) take ground. All sentences are constructed for these tests.
/// </summary>
public class BaseOriginArmsTakenUpAndMovedTests
{
    [Theory]
    [InlineData("Russian soldiers from their base in Dushanbe held exercises in the Farkhor district on Tuesday.", "en", "Farkhor")]
    [InlineData("Russland hat 800 Soldaten von seinem Stützpunkt in Duschanbe in den Bezirk Farchor verlegt, teilte das Ministerium mit.", "de", "Farchor")]
    [InlineData("Russland hat 800 Soldaten vom Stützpunkt in Duschanbe in den Bezirk Farchor verlegt, teilte das Ministerium mit.", "de", "Farchor")]
    [InlineData("روس نے دوشنبے میں اپنے اڈے سے 800 فوجی صوبہ ختلان کے ضلع فرخار منتقل کر دیے ہیں۔", "ur", "فرخار")]
    [InlineData("روسیې ۸۰۰ سرتېري له دوشنبې کې له خپلې اډې څخه د ختلان سیمې فرخار ولسوالۍ ته لېږدولي دي.", "ps", "فرخار")]
    public void Troops_from_their_base_in_a_town_are_anchored_where_they_were_sent(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Fact]
    public void People_who_reached_a_town_are_anchored_on_the_district_they_fled() =>
        Assert.Equal("Алиабад", AnchorAssert.Of("Более 600 семей, бежавших от обстрелов в уезде Алиабад, добрались до Мазари-Шарифа, сообщили власти.", "ru"));

    [Theory]
    [InlineData("Мӯйсафедон гуфтанд, ки 300 сокини деҳот ба даъвати волӣ барои ба даст гирифтани силоҳ ҷавоб доданд.", "tg")]
    [InlineData("مشرانو وویل چې ۳۰۰ کلیوالو د والي بلنې ته ځواب ویلی چې وسلې واخلي.", "ps")]
    public void Villagers_who_take_up_arms_said_with_the_noun_last_answer_a_call_up(string sentence, string language) =>
        Assert.Equal("mobilisation", Category(sentence, language));

    [Theory]
    [InlineData("La Russie a déplacé 800 soldats et des chars à Koulob, a annoncé le ministère.", "fr", "military-presence")]
    [InlineData("Русия зиёда аз 800 сарбозро ба Кӯлоб кӯчонид, гуфт вазорат.", "tg", "military-presence")]
    [InlineData("Plus de 2 000 familles déplacées campent à Faïzabad.", "fr", "refugees")]
    public void Troops_moved_are_a_military_presence_and_people_displaced_refugees(string sentence, string language, string category) =>
        Assert.Equal(category, Category(sentence, language));

    [Theory]
    [InlineData("قال مسؤول محلي إن طالبان استولت على مديرية فرخار ليلا.")]
    [InlineData("وقال السكان إن المسلحين استولوا على مركز المديرية.")]
    public void Arabic_verbs_of_seizing_in_every_person_take_ground(string sentence) =>
        Assert.Equal("territorial-control", Category(sentence, "ar"));

    private static string Category(string sentence, string language) =>
        CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category;
}
