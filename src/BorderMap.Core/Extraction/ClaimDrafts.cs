using BorderMap.Core.Claims;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Turns a proposal into the claim fields a researcher accepts through the normal validated path
/// (<c>POST /api/claims</c>). What the extractor cannot know stays for the researcher to fill in and
/// fails validation until then: the English translation (empty), the actors (none) and, for pasted
/// text, the dates. The note records how the place was chosen.
/// </summary>
public static class ClaimDrafts
{
    /// <param name="date">The source's publication date, used as event and reported date ("" when unknown).</param>
    /// <param name="timePrecision">The precision of that date (day, week, month or year).</param>
    public static ClaimData From(ClaimProposal proposal, string date, string timePrecision)
    {
        var placed = proposal.Mentions.Where(m => m.Best.Place.Id == proposal.PlaceId).Select(m => $"'{m.Text}' → {m.Best.Place.Id} ({m.Best.Reason})").First();
        return new ClaimData(
            proposal.Title,
            proposal.Category,
            [],
            proposal.Place,
            proposal.Refs,
            proposal.Areas,
            proposal.GeoPrecision,
            date,
            null,
            timePrecision,
            date,
            proposal.Source ?? "",
            proposal.Quote,
            "",
            $"Proposed by the claim extractor. Place: {placed}.",
            ClaimVocabulary.Statuses[0],
            proposal.Numbers,
            default,
            default,
            0);
    }
}
