using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests.Evaluation;

/// <summary>
/// Mention-finding and resolution figures for labelled texts. A found mention counts as correct
/// only with exactly the labelled span; resolution accuracy is over the correctly found mentions
/// (is the best candidate the labelled id), end-to-end accuracy over all labelled mentions.
/// </summary>
public sealed record Score(int Gold, int Found, int Correct, int Resolved)
{
    public double Precision => Found == 0 ? 0 : (double)Correct / Found;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ResolutionAccuracy => Correct == 0 ? 0 : (double)Resolved / Correct;

    public double EndToEndAccuracy => Gold == 0 ? 0 : (double)Resolved / Gold;

    public static Score Of(LabelledText labelled, IReadOnlyList<PlaceMention> found) => Of(labelled.Mentions, found);

    public static Score Of(IReadOnlyList<GoldMention> gold, IReadOnlyList<PlaceMention> found)
    {
        var correct = found.Where(f => gold.Any(g => g.Start == f.Start && g.End == f.End)).ToList();
        var resolved = correct.Count(f => gold.Single(g => g.Start == f.Start && g.End == f.End).Id == f.Best.Place.Id);
        return new Score(gold.Count, found.Count, correct.Count, resolved);
    }

    /// <summary>Found mentions resolved to another place than labelled (found spans that are no place count as wrong too).</summary>
    public int Wrong => Found - Resolved;

    public static Score operator +(Score a, Score b) => new(a.Gold + b.Gold, a.Found + b.Found, a.Correct + b.Correct, a.Resolved + b.Resolved);

    public override string ToString() =>
        $"gold {Gold}, found {Found}, correct spans {Correct}: precision {Precision:P1}, recall {Recall:P1}, F1 {F1:0.000}; resolved {Resolved} (accuracy {ResolutionAccuracy:P1}, end to end {EndToEndAccuracy:P1})";
}
