namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A claim is anchored on the event's place: places joined by "and" share their role, a river crossed and a country or province that only
/// holds the destination are no anchor, and a river alone yields to a destination more specific than a country. Sentences constructed for
/// these tests.
/// </summary>
public class PlaceRoleAnchorTests
{
    [Theory]
    [InlineData("Nearly 300 Afghan soldiers crossed the Panj into the Shahritus and Qubodiyon districts of Khatlon region.", "en", "Shahritus")]
    [InlineData("Около 300 афганских военных переправились через Пяндж в Шаартузский и Кабодиёнский районы Хатлонской области.", "ru", "Шаартузский")]
    public void Places_joined_by_and_share_their_role_and_the_first_is_the_anchor(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("More than 200 Afghan soldiers crossed the Panj into the Darvoz district of Gorno-Badakhshan.", "en", "Darvoz")]
    [InlineData("Uzbekistan moved up to 900 troops to Termez on the Amu Darya.", "en", "Termez")]
    [InlineData("Uzbekistan mengirim hingga 900 tentara ke Termez di tepi Sungai Amu Darya.", "id", "Termez")]
    [InlineData("Up to 900 people from villages along the Kokcha have fled to Fayzabad.", "en", "Fayzabad")]
    public void A_river_crossed_and_the_holder_of_the_destination_are_no_anchor(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Fact]
    public void A_river_crossed_into_a_country_stays_the_anchor() =>
        Assert.Equal("Panj", AnchorAssert.Of("Some 90 Afghan soldiers crossed the Panj into Tajikistan overnight.", "en"));
}
