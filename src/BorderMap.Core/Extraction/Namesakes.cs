namespace BorderMap.Core.Extraction;

/// <summary>Where a mention stands (UTF-16), in which sentence, and the country the text puts it in by a word beside it, if any.</summary>
internal readonly record struct MentionEvidence(TextSpan Span, int Sentence, string? Country);

/// <summary>
/// Same-name places read together after each mention is ranked on its own. Of two mentions of one name in a sentence that were read
/// as one place ("the bridge between Ishkashim and Ishkashim in Afghanistan"), when the text puts only one of them in that country,
/// the other is its namesake across the border. A name in brackets right after another that it can name ("اشکاشم (Ishkoshim)") is
/// the same place written otherwise.
/// </summary>
internal static class Namesakes
{
    private const int Reach = 8; // mentions either side: one sentence names few places

    public static void Settle(string text, List<PlaceMention> mentions, List<MentionEvidence> evidence)
    {
        for (var a = 0; a < mentions.Count; a++)
        {
            for (var b = Math.Max(0, a - Reach); b < Math.Min(mentions.Count, a + Reach + 1); b++)
            {
                var other = mentions[b].Best.Place;
                if (b == a || evidence[b].Sentence != evidence[a].Sentence || !mentions[a].Candidates.Any(c => c.Place.Id == other.Id))
                {
                    continue;
                }

                if (b == a - 1 && text[evidence[b].Span.End..evidence[a].Span.Start].Trim() == "(")
                {
                    Prefer(mentions, a, other.Id);
                    break;
                }

                if (evidence[a].Country is null && evidence[b].Country == other.Country && mentions[a].Best.Place.Id == other.Id
                    && mentions[a].Candidates.FirstOrDefault(c => c.Place.Country != other.Country && c.Place.Kind == other.Kind) is { } across)
                {
                    Prefer(mentions, a, across.Place.Id);
                    break;
                }
            }
        }
    }

    private static void Prefer(List<PlaceMention> mentions, int m, string id)
    {
        var candidates = mentions[m].Candidates;
        var chosen = candidates.First(c => c.Place.Id == id);
        mentions[m] = mentions[m] with { Candidates = [chosen, .. candidates.Where(c => c != chosen)] };
    }
}
