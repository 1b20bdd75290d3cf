namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A district taken, named after a town where its fall was felt (round 28, sentences of our own): the claim of a change of control is
/// anchored on the district taken, not on the town named after a locative. A district named before the town, holding it, leaves the
/// claim on the town taken; a list of districts named before it fell itself (round 29), and the town is where the fall went on.
/// </summary>
public class DistrictTakenBesideATownTests
{
    [Theory]
    [InlineData("Traders in Khanabad said the bazaar had been shut since Monday, when the Taliban took the Chahar Dara district.", "en", "Chahar Dara")]
    [InlineData("Para pedagang di Khanabad mengatakan pasar tutup sejak Senin, ketika Taliban merebut distrik Chahar Dara.", "id", "Chahar Dara")]
    public void A_district_taken_after_a_town_is_the_claims_place(string text, string language, string district) =>
        Assert.Equal(district, AnchorAssert.Of(text, language));

    [Theory]
    [InlineData("In Baghlan, the Burka and Doshi districts fell on Friday, and some 60 policemen gave themselves up in Pul-e Khumri, an official said.", "en", "Burka")]
    [InlineData("In der Provinz Baghlan fielen am Freitag die Bezirke Burka und Doshi, und rund 60 Polizisten ergaben sich in Pul-e Khumri, sagte ein Beamter.", "de", "Burka")]
    public void A_list_of_districts_that_fell_before_a_town_is_the_claims_place(string text, string language, string district) =>
        Assert.Equal(district, AnchorAssert.Of(text, language));
}
