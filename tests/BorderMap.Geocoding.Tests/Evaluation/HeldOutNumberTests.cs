using System.Globalization;
using BorderMap.Core.Extraction;
using Xunit.Abstractions;

namespace BorderMap.Geocoding.Tests.Evaluation;

/// <summary>
/// Sentences written to vary each class of count a new report may hold (Evaluation/Numbers: dates with month names, a bare thousand,
/// a range sharing its multiplier, a distance from a border, numbers in words, qualifiers after the number, new nouns and plural
/// forms, vague "hundreds of"), in every language. Each batch was written and scored once before the reader was changed for it
/// (Numbers: before any change; Numbers2: after the first batch's fixes; Numbers3: before the fixes for round 30's unseen numbers; Numbers4:
/// before the fixes for round 31's; Numbers5: before the fixes for the fourth batch's classes; Numbers6: before the fixes for round 32's
/// and the fifth batch's classes; Numbers7: before the fixes for the sixth batch's classes; Numbers8: before the fixes for the seventh
/// batch's and round 34's classes; Numbers9: before the fixes for the eighth batch's classes; Numbers10: before the fixes for the ninth
/// batch's classes; Numbers11: before the fixes for the tenth batch's classes; Numbers12: before the fixes for the eleventh batch's classes;
/// Numbers13: before the fixes for the twelfth batch's classes; Numbers14: before the fixes for the thirteenth batch's classes); the tables
/// printed are the ones in bench/RESULTS.md. A count read where no number is labelled is an extra read. The first thirteen batches are tuned
/// on; the fourteenth is not.
/// </summary>
public class HeldOutNumberTests(ITestOutputHelper output)
{
    // The third batch's one extra read (Tajik "гуреза аз 12 июл", refugees since 12 July, read as 12 refugees) is left as scored, and
    // no more may join it. The fourth batch (74 of 100 untouched, 76 with the fixes for round 31's unseen numbers) is tuned on from round 33
    // and reads 96 with round 34's fixes, 98 with round 37's. The fifth (38 of 90 untouched, 60 with the fixes for the fourth batch's
    // classes) is tuned on from round 34 and reads 85, 87 with round 36's fixes. The sixth (36 of 90 untouched, 61 with the fixes for round 32's and the fifth batch's
    // classes) is tuned on from round 35 and reads 90. The seventh (48 of 90 untouched, 58 with the fixes for the sixth batch's classes) is
    // tuned on from round 36 and reads 89 (its Indonesian estimate relabelled "about", see Evaluation/Wire/README.md). The eighth (36 of 90
    // untouched, 47 with the fixes for the seventh batch's and round 34's classes) is tuned on from round 37 and reads 87. The ninth (25 of
    // 90 untouched, 39 with the fixes for the eighth batch's classes) is tuned on from round 38 and reads 90. The tenth (26 of 90 untouched
    // and with the fixes for the ninth batch's classes) is tuned on from round 39 and reads 90. The eleventh (69 of 90 untouched, 73 with
    // the fixes for the tenth batch's classes, one extra read: Arabic "مئتان وأربعون", 240 in words, read as its forty alone) is tuned on
    // from round 40 and reads 90, with no extra read. The twelfth is not tuned on until the next round: scored 62 of 90 untouched with main
    // 2593ca5's code, with seven extra reads (42 military vehicles read as 42 soldiers in every language whose word for "military" is also
    // a word for soldiers), it reads 65 with the fixes for the eleventh batch's classes, and is tuned on from round 41, where it reads 90 with
    // no extra read. The thirteenth is not tuned on until the next round: scored 75 of 90 untouched with main 932dd90's code, with seven
    // extra reads (400 civilian lorries read as reservists or soldiers, and Pashto "دوه ټولۍ", two companies, as two soldiers), it reads 75
    // with the fixes for the twelfth batch's classes, one extra read left (the Pashto companies), and is tuned on from round 42, where it
    // reads 90 with no extra read. The fourteenth is not tuned on until the next round: scored 65 of 90 untouched with main f2b38fc's code,
    // with one extra read (Urdu "ساڑھے تین ہزار", three and a half thousand, read as its three thousand alone), it reads 74 with the fixes
    // for the thirteenth batch's classes, the extra read left, and may not fall below that.
    [Theory]
    [InlineData("Numbers", 110, 0)]
    [InlineData("Numbers2", 70, 0)]
    [InlineData("Numbers3", 80, 1)]
    [InlineData("Numbers4", 98, 0)]
    [InlineData("Numbers5", 87, 0)]
    [InlineData("Numbers6", 90, 0)]
    [InlineData("Numbers7", 89, 0)]
    [InlineData("Numbers8", 87, 0)]
    [InlineData("Numbers9", 90, 0)]
    [InlineData("Numbers10", 90, 0)]
    [InlineData("Numbers11", 90, 0)]
    [InlineData("Numbers12", 90, 0)]
    [InlineData("Numbers13", 90, 0)]
    [InlineData("Numbers14", 74, 1)]
    public void The_held_out_counts_are_read_exactly_and_nothing_else_is_read(string batch, int exactAsScored, int extraReadsAsScored)
    {
        output.WriteLine($"| {batch} | numbers exact | extra reads |");
        output.WriteLine("|---|---|---|");
        var (exact, gold, extra) = (0, 0, 0);
        foreach (var language in WireEvaluationTests.Languages)
        {
            var (languageExact, languageGold, languageExtra) = (0, 0, 0);
            foreach (var text in WireText.LoadLines(batch, language))
            {
                var read = NumberFinder.Quantities(text.Text, language);
                languageGold += text.Numbers.Count;
                languageExact += text.Numbers.Count(g => Right(text, g, read));
                foreach (var wrong in read.Where(q => !text.Numbers.Any(g => g.Start == q.Start)))
                {
                    output.WriteLine($"  {language}#{text.Index} extra {text.Text.Substring(wrong.Start, wrong.Length)}: {wrong.Key}={wrong.Value} {wrong.Qualifier}");
                    languageExtra++;
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {language} | {languageExact}/{languageGold} | {languageExtra} |"));
            (exact, gold, extra) = (exact + languageExact, gold + languageGold, extra + languageExtra);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {exact}/{gold} | {extra} |"));
        Assert.True(exact >= exactAsScored, $"held-out numbers exact {exact} of {gold}, {exactAsScored} as scored");
        Assert.True(extra <= extraReadsAsScored, $"{extra} counts read where none is labelled");
    }

    private bool Right(WireText text, GoldNumber gold, List<Quantity> read)
    {
        var found = read.FirstOrDefault(q => q.Start == gold.Start);
        var right = found is not null && (found.Key, found.Value, found.Qualifier) == (gold.Key, gold.Value, gold.Qualifier);
        if (!right)
        {
            output.WriteLine($"  {text.Language}#{text.Index} number {gold.Text}: want {gold.Key}={gold.Value} {gold.Qualifier}, got {found?.Key}={found?.Value} {found?.Qualifier}");
        }

        return right;
    }
}
