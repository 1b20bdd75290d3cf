using System.Text;
using System.Text.Json;
using BorderMap.Core.Geocoding;

namespace BorderMap.Bench.Geocoding;

/// <summary>
/// What the benchmarks run on, all from the repository: the shipped gazetteer, a text corpus made of
/// the labelled evaluation texts (five languages) and the seed article repeated to about 1 MB, and
/// a query set of every labelled mention as written plus typos, prefixes and names that match nothing.
/// </summary>
internal static class Inputs
{
    public static string Root { get; } = FindRoot();

    public static Gazetteer LoadGazetteer() => GazetteerReader.Load(Path.Combine(Root, "geodata"));

    /// <summary>The labelled texts with their gold mentions (text, expected id).</summary>
    public static IReadOnlyList<(string Text, IReadOnlyList<(string Surface, string Id)> Gold)> Labelled()
    {
        var directory = Path.Combine(Root, "tests", "BorderMap.Geocoding.Tests", "Evaluation");
        var texts = new List<(string, IReadOnlyList<(string, string)>)>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var text = root.TryGetProperty("text", out var t) ? t.GetString()! : File.ReadAllText(Path.Combine(Root, root.GetProperty("sourceFile").GetString()!));
            texts.Add((text, [.. root.GetProperty("mentions").EnumerateArray().Select(m => (m.GetProperty("text").GetString()!, m.GetProperty("id").GetString()!))]));
        }

        return texts;
    }

    /// <summary>The labelled texts, one paragraph each, repeated until the corpus is at least <paramref name="bytes"/> of UTF-8.</summary>
    public static string Corpus(int bytes = 1 << 20)
    {
        var paragraphs = Labelled().Select(l => l.Text).ToList();
        var corpus = new StringBuilder();
        for (var i = 0; Encoding.UTF8.GetByteCount(corpus.ToString()) < bytes; i++)
        {
            corpus.Append(paragraphs[i % paragraphs.Count]).Append("\n\n");
        }

        return corpus.ToString();
    }

    /// <summary>Every gold mention as written, each also with one letter dropped (a typo), its first four letters (type-ahead) and a word that is no place.</summary>
    public static IReadOnlyList<string> Queries()
    {
        var surfaces = Labelled().SelectMany(l => l.Gold).Select(g => g.Surface).Distinct().ToList();
        var typos = surfaces.Where(s => s.Length > 6).Select(s => s.Remove(s.Length / 2, 1));
        var prefixes = surfaces.Where(s => s.Length > 5).Select(s => s[..4]);
        string[] misses = ["Penerimaan", "Komunikator", "Bundeswehr", "Reservisten", "военнослужащих", "کنسولگری"];
        return [.. surfaces, .. typos, .. prefixes, .. misses];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the BorderMap repository.");
    }
}
