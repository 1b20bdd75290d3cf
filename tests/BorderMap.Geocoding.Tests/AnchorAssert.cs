namespace BorderMap.Geocoding.Tests;

/// <summary>The place-role tests' one question: a sentence gives exactly one claim, and which of its names the claim is anchored on.</summary>
internal static class AnchorAssert
{
    public static string Of(string sentence, string language)
    {
        var proposal = Assert.Single(Repository.Proposer.Propose(sentence, language));
        return proposal.Mentions.First(m => m.Best.Place.Id == proposal.PlaceId).Text;
    }
}
