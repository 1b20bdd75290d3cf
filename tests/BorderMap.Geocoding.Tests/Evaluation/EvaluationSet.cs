using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Geocoding.Tests.Evaluation;

/// <summary>One labelled place mention: code-point span, the text there, and the expected gazetteer id.</summary>
public sealed record GoldMention(int Start, int End, string Text, string Id);

/// <summary>
/// One labelled text of the evaluation set (Evaluation/*.json): its language, its text (or the
/// repository file it is in) and every place it mentions. The texts were written for BorderMap in
/// Indonesian, German, English, Russian and Persian; seed.json labels the seed article.
/// </summary>
public sealed record LabelledText(string Language, string Title, string? Text, string? SourceFile, IReadOnlyList<GoldMention> Mentions)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string FullText => Text ?? File.ReadAllText(Path.Combine(Repository.Root, SourceFile!));

    public static LabelledText Load(string name) =>
        JsonSerializer.Deserialize<LabelledText>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", name + ".json")), Options)
            ?? throw new InvalidDataException($"Evaluation/{name}.json is empty.");

    /// <summary>Checks that every label's span holds its text, so that offsets cannot drift from the text.</summary>
    public void AssertSpansMatch()
    {
        var text = FullText;
        Assert.All(Mentions, m => Assert.Equal(m.Text, CodePointText.Slice(text, m.Start, m.End)));
    }
}
