namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of claim errors of the wire evaluation's thirty-ninth unseen part (seen40): fighters who entered a place from another took
/// the place they entered, though Tajik, Persian and Pashto name where they came from first ("аз … ба ноҳияи … ворид шуданд", "از … وارد
/// ولسوالی … شدند", "له … څخه د … ولسوالۍ ته ننوتل"), but ground left for another place, or entered where the other side withdrew from,
/// stays where it was left; Tajik says ground lost with "бохт" (not the start of the city Bokhtar) and ground
/// held with "дар ихтиёр доранд", as Persian says "در اختیار دارند". All sentences are constructed for these tests.
/// </summary>
public class EnteredFromAndTajikLossTests
{
    [Theory]
    [InlineData("Толибон рӯзи сешанбе аз Баҳорак ба ноҳияи Ҷурм ворид шуданд, гуфт як масъули амниятӣ.", "tg", "Ҷурм")]
    [InlineData("طالبان روز سه‌شنبه از بهارک وارد ولسوالی جرم شدند، یک مقام امنیتی گفت.", "fa", "جرم")]
    [InlineData("طالبان د سه‌شنبې په ورځ له بهارک څخه د جرم ولسوالۍ ته ننوتل، یوه امنیتي چارواکي وویل.", "ps", "جرم")]
    [InlineData("The Taliban entered the Jurm district on Tuesday from Baharak, a security official said.", "en", "Jurm")]
    public void Fighters_who_entered_a_place_from_another_are_anchored_on_the_place_entered(string sentence, string language, string anchor)
    {
        var proposal = Assert.Single(Repository.Proposer.Propose(sentence, language));
        Assert.Equal("territorial-control", proposal.Category);
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));
    }

    [Theory]
    [InlineData("Government forces left the Kishim district on Monday and moved to Fayzabad, the army said.", "en", "Kishim")]
    [InlineData("Les talibans sont entrés lundi sans combat dans le chef-lieu du district de Kishim après le repli des forces gouvernementales vers Faïzabad.", "fr", "Kishim")]
    public void Ground_left_for_another_place_stays_anchored_where_it_was_left(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Fact]
    public void Families_who_came_from_a_place_into_another_are_still_anchored_where_they_fled_from() =>
        Assert.Equal("Baharak", AnchorAssert.Of("About 300 families who fled Baharak have arrived in Fayzabad, an official said.", "en"));

    [Theory]
    [InlineData("Бадахшон рӯзи шанбе Кишим ва Ҷурм-ро ба Толибон бохт, гуфт як узви шӯрои вилоятӣ.")]
    [InlineData("Вилоят рӯзи шанбе Кишим ва Ҷурмро бохт ва шӯришиён акнун роҳи Файзободро мебанданд.")]
    [InlineData("Шӯришиён акнун Кишим ва Ҷурмро дар ихтиёр доранд, гуфт як узви шӯрои вилоятӣ.")]
    public void Tajik_ground_lost_or_held_is_territorial_control(string sentence) =>
        Assert.Equal("territorial-control", Assert.Single(Repository.Proposer.Propose(sentence, "tg")).Category);

    [Fact]
    public void The_city_Bokhtar_is_no_Tajik_word_of_loss() =>
        Assert.NotEqual("territorial-control", Assert.Single(Repository.Proposer.Propose("Сокинони Бохтар рӯзи шанбе дар бозори шаҳр ҷамъ омаданд, гуфт як хабарнигор.", "tg")).Category);
}
