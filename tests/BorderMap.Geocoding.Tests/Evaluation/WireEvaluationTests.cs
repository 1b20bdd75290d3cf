using System.Globalization;
using BorderMap.Core.Extraction;
using Xunit.Abstractions;

namespace BorderMap.Geocoding.Tests.Evaluation;

/// <summary>
/// The wire-style evaluation (Evaluation/Wire): per language and per part (seen: tuned on from the
/// start; seen2 … seen40: the first to thirty-ninth unseen parts, tuned on since their errors
/// were fixed; unseen: written before round 41's fixes and scored once before them), mention F1, resolution accuracy, wrong places per 100 mentions, numbers
/// read exactly with their qualifier, and for labelled sentences the category and the event's
/// place the claim is anchored on (captions, bylines and "read also" lines must give no claim).
/// The table printed is the one in bench/RESULTS.md.
/// </summary>
public class WireEvaluationTests(ITestOutputHelper output)
{
    public static readonly string[] Languages = ["id", "de", "en", "ru", "tg", "fa", "ps", "ar", "ur", "fr"];

    public static readonly TheoryData<string, string> Files = Build();

    private static TheoryData<string, string> Build()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Languages)
        {
            data.Add(language, "seen");
            data.Add(language, "seen2");
            data.Add(language, "seen3");
            data.Add(language, "seen4");
            data.Add(language, "seen5");
            data.Add(language, "seen6");
            data.Add(language, "seen7");
            data.Add(language, "seen8");
            data.Add(language, "seen9");
            data.Add(language, "seen10");
            data.Add(language, "seen11");
            data.Add(language, "seen12");
            data.Add(language, "seen13");
            data.Add(language, "seen14");
            data.Add(language, "seen15");
            data.Add(language, "seen16");
            data.Add(language, "seen17");
            data.Add(language, "seen18");
            data.Add(language, "seen19");
            data.Add(language, "seen20");
            data.Add(language, "seen21");
            data.Add(language, "seen22");
            data.Add(language, "seen23");
            data.Add(language, "seen24");
            data.Add(language, "seen25");
            data.Add(language, "seen26");
            data.Add(language, "seen27");
            data.Add(language, "seen28");
            data.Add(language, "seen29");
            data.Add(language, "seen30");
            data.Add(language, "seen31");
            data.Add(language, "seen32");
            data.Add(language, "seen33");
            data.Add(language, "seen34");
            data.Add(language, "seen35");
            data.Add(language, "seen36");
            data.Add(language, "seen37");
            data.Add(language, "seen38");
            data.Add(language, "seen39");
            data.Add(language, "seen40");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_label_is_well_formed(string language, string part)
    {
        var texts = WireText.Load(language, part);
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.All(t.Mentions, m => Assert.NotNull(Repository.Gazetteer.Find(m.Id))));
        Assert.All(texts, t => Assert.NotEmpty(t.Mentions));
    }

    [Fact]
    public void The_seen_part_meets_the_targets_in_every_language()
    {
        var first = Report("seen");
        var second = Report("seen2");
        var third = Report("seen3");
        var fourth = Report("seen4");
        var fifth = Report("seen5");
        var sixth = Report("seen6");
        var seventh = Report("seen7");
        // seen8 (the seventh unseen part) is tuned on and printed, but not yet held to the targets: its Ishkashim, Panj and Dusti
        // errors are only partly fixed (see bench/RESULTS.md, round 8).
        Report("seen8");
        // seen9 (the eighth unseen part) is tuned on from round 9 and printed, not yet held to the targets either.
        Report("seen9");
        // seen10 (the ninth unseen part) is tuned on from round 10 and printed, not yet held to the targets either.
        Report("seen10");
        // seen11 (the tenth unseen part) is tuned on from round 11 and printed, not yet held to the targets either.
        Report("seen11");
        // seen12 (the eleventh unseen part) is tuned on from round 12 and printed, not yet held to the targets either.
        Report("seen12");
        // seen13 (the twelfth unseen part) is tuned on from round 13 and printed, not yet held to the targets either.
        Report("seen13");
        // seen14 (the thirteenth unseen part) is tuned on from round 14 and printed, not yet held to the targets either.
        Report("seen14");
        // seen15 (the fourteenth unseen part) is tuned on from round 15 and printed, not yet held to the targets either.
        Report("seen15");
        // seen16 (the fifteenth unseen part) is tuned on from round 16 and printed, not yet held to the targets either.
        Report("seen16");
        // seen17 (the sixteenth unseen part) is tuned on from round 17 and printed, not yet held to the targets either.
        Report("seen17");
        // seen18 (the seventeenth unseen part) is tuned on from round 18 and printed, not yet held to the targets either.
        Report("seen18");
        // seen19 (the eighteenth unseen part) is tuned on from round 19 and printed, not yet held to the targets either.
        Report("seen19");
        // seen20 (the nineteenth unseen part) is tuned on from round 20 and printed, not yet held to the targets either.
        Report("seen20");
        // seen21 (the twentieth unseen part) is tuned on from round 21 and printed, not yet held to the targets either.
        Report("seen21");
        // seen22 (the twenty-first unseen part) is tuned on from round 22 and printed, not yet held to the targets either.
        Report("seen22");
        // seen23 (the twenty-second unseen part) is tuned on from round 23 and printed, not yet held to the targets either.
        Report("seen23");
        // seen24 (the twenty-third unseen part) is tuned on from round 24 and printed, not yet held to the targets either.
        Report("seen24");
        // seen25 (the twenty-fourth unseen part) is tuned on from round 26 and printed, not yet held to the targets either.
        Report("seen25");
        // seen26 (the twenty-fifth unseen part) is tuned on from round 27 and printed, not yet held to the targets either.
        Report("seen26");
        // seen27 (the twenty-sixth unseen part) is tuned on from round 28 and printed, not yet held to the targets either.
        Report("seen27");
        // seen28 (the twenty-seventh unseen part) is tuned on from round 29 and printed, not yet held to the targets either.
        Report("seen28");
        // seen29 (the twenty-eighth unseen part) is tuned on from round 30 and printed, not yet held to the targets either.
        Report("seen29");
        // seen30 (the twenty-ninth unseen part) is tuned on from round 31 and printed, not yet held to the targets either.
        Report("seen30");
        // seen31 (the thirtieth unseen part) is tuned on from round 32 and printed, not yet held to the targets either.
        Report("seen31");
        // seen32 (the thirty-first unseen part) is tuned on from round 33 and printed, not yet held to the targets either.
        Report("seen32");
        // seen33 (the thirty-second unseen part) is tuned on from round 34 and printed, not yet held to the targets either.
        Report("seen33");
        // seen34 (the thirty-third unseen part) is tuned on from round 35 and printed, not yet held to the targets either.
        Report("seen34");
        // seen35 (the thirty-fourth unseen part) is tuned on from round 36 and printed, not yet held to the targets either.
        Report("seen35");
        // seen36 (the thirty-fifth unseen part) is tuned on from round 37 and printed, not yet held to the targets either.
        Report("seen36");
        // seen37 (the thirty-sixth unseen part) is tuned on from round 38 and printed, not yet held to the targets either.
        Report("seen37");
        // seen38 (the thirty-seventh unseen part) is tuned on from round 39 and printed, not yet held to the targets either.
        Report("seen38");
        // seen39 (the thirty-eighth unseen part) is tuned on from round 40 and printed, not yet held to the targets either.
        Report("seen39");
        // seen40 (the thirty-ninth unseen part) is tuned on from round 41 and printed, not yet held to the targets either.
        Report("seen40");
        var totals = first.ToDictionary(t => t.Key, t => t.Value + second[t.Key] + third[t.Key] + fourth[t.Key] + fifth[t.Key] + sixth[t.Key] + seventh[t.Key], StringComparer.Ordinal);
        Assert.All(totals, t => Assert.True(t.Value.Mentions.F1 >= 0.95, $"{t.Key}: mention F1 {t.Value.Mentions.F1:0.000} < 0.95"));
        Assert.All(totals, t => Assert.True(t.Value.Mentions.ResolutionAccuracy >= 0.95, $"{t.Key}: resolution {t.Value.Mentions.ResolutionAccuracy:P1} < 95 %"));
        var all = totals.Values.Aggregate((a, b) => a + b);
        Assert.True(all.Mentions.Wrong * 100.0 / all.Mentions.Gold <= 1, $"{all.Mentions.Wrong} wrong places in {all.Mentions.Gold} mentions");
        Assert.True(all.NumbersExact >= 0.95 * all.NumbersGold, $"numbers exact {all.NumbersExact} of {all.NumbersGold}");
        Assert.True(all.CategoryRight >= 0.95 * all.ClaimsGold, $"categories right {all.CategoryRight} of {all.ClaimsGold}");
        Assert.True(all.AnchorRight >= 0.95 * all.ClaimsGold, $"claims anchored on the event's place {all.AnchorRight} of {all.ClaimsGold}");
    }

    [Fact]
    public void The_unseen_part_stays_above_a_floor()
    {
        var all = Report("unseen").Values.Aggregate((a, b) => a + b);
        Assert.True(all.Mentions.F1 >= 0.85, $"unseen mention F1 {all.Mentions.F1:0.000} < 0.85");
        Assert.True(all.Mentions.ResolutionAccuracy >= 0.85, $"unseen resolution {all.Mentions.ResolutionAccuracy:P1} < 85 %");
    }

    private Dictionary<string, WireScore> Report(string part)
    {
        var totals = new Dictionary<string, WireScore>(StringComparer.Ordinal);
        output.WriteLine($"| {part} | gold | P | R | F1 | resolved | wrong /100 | numbers exact | category | anchor |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var language in Languages)
        {
            var score = WireText.Load(language, part).Select(Evaluate).Aggregate((a, b) => a + b);
            totals[language] = score;
            output.WriteLine(Row(language, score));
        }

        output.WriteLine(Row("all", totals.Values.Aggregate((a, b) => a + b)));
        return totals;
    }

    private static string Row(string name, WireScore s) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {s.Mentions.Gold} | {s.Mentions.Precision:P1} | {s.Mentions.Recall:P1} | {s.Mentions.F1:0.000} | {s.Mentions.ResolutionAccuracy:P1} | {s.Mentions.Wrong * 100.0 / Math.Max(1, s.Mentions.Gold):0.0} | {s.NumbersExact}/{s.NumbersGold} | {s.CategoryRight}/{s.ClaimsGold} | {s.AnchorRight}/{s.ClaimsGold} |");

    private WireScore Evaluate(WireText text)
    {
        var found = Repository.Finder.Find(text.Text, text.Language);
        var mentions = Score.Of(text.Mentions, found);
        foreach (var miss in text.Mentions.Where(g => !found.Any(f => f.Start == g.Start && f.End == g.End)))
        {
            output.WriteLine($"  {text.Language}.{text.Part}#{text.Index} missed {miss.Text} ({miss.Id})");
        }

        foreach (var f in found.Where(f => !text.Mentions.Any(g => g.Start == f.Start && g.End == f.End && g.Id == f.Best.Place.Id)))
        {
            output.WriteLine($"  {text.Language}.{text.Part}#{text.Index} wrong {f.Text} → {f.Best.Place.Id} ({f.Best.Reason})");
        }

        var numbersExact = text.Numbers.Count(g => NumberRead(text, g));
        var proposals = Repository.Proposer.Propose(text.Text, text.Language);
        var (category, anchor) = (0, 0);
        foreach (var claim in text.Claims)
        {
            var end = Core.Claims.CodePointText.Length(text.Text[..claim.End]);
            var proposal = proposals.FirstOrDefault(p => p.Quote.Start < end && end <= p.Quote.End + 1);
            var categoryRight = claim.Category is null ? proposal is null : proposal?.Category == claim.Category;
            var anchorRight = claim.Category is null ? proposal is null : claim.PlaceId is null || proposal?.PlaceId == claim.PlaceId;
            category += categoryRight ? 1 : 0;
            anchor += anchorRight ? 1 : 0;
            if (!categoryRight || !anchorRight)
            {
                output.WriteLine($"  {text.Language}.{text.Part}#{text.Index} claim at {claim.End}: want {claim.Category ?? "none"}@{claim.PlaceId}, got {proposal?.Category ?? "none"}@{proposal?.PlaceId}");
            }
        }

        return new WireScore(mentions, text.Numbers.Count, numbersExact, text.Claims.Count, category, anchor);
    }

    private bool NumberRead(WireText text, GoldNumber gold)
    {
        var sentence = SentenceSplitter.Split(text.Text).First(s => s.Start <= gold.Start && gold.Start < s.End);
        var read = NumberFinder.Quantities(sentence.Of(text.Text), text.Language).FirstOrDefault(q => q.Start + sentence.Start == gold.Start);
        var right = read is not null && read.Key == gold.Key && read.Value == gold.Value && read.Qualifier == gold.Qualifier;
        if (!right)
        {
            output.WriteLine($"  {text.Language}.{text.Part}#{text.Index} number {gold.Text}: want {gold.Key}={gold.Value} {gold.Qualifier}, got {read?.Key}={read?.Value} {read?.Qualifier}");
        }

        return right;
    }
}

/// <summary>The wire evaluation's counts for one text or a sum of texts.</summary>
public sealed record WireScore(Score Mentions, int NumbersGold, int NumbersExact, int ClaimsGold, int CategoryRight, int AnchorRight)
{
    public static WireScore operator +(WireScore a, WireScore b) =>
        new(a.Mentions + b.Mentions, a.NumbersGold + b.NumbersGold, a.NumbersExact + b.NumbersExact, a.ClaimsGold + b.ClaimsGold, a.CategoryRight + b.CategoryRight, a.AnchorRight + b.AnchorRight);
}
