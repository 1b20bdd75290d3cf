namespace BorderMap.Core.Sources;

/// <summary>
/// Source reliability in the Admiralty code (NATO AJP-2.1, STANAG 2511): a letter for how far a
/// source has proved reliable, judged apart from how credible any one piece of its information is.
/// </summary>
public static class SourceReliability
{
    public static readonly IReadOnlyDictionary<string, string> Grades = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A"] = "completely reliable",
        ["B"] = "usually reliable",
        ["C"] = "fairly reliable",
        ["D"] = "not usually reliable",
        ["E"] = "unreliable",
        ["F"] = "reliability cannot be judged",
    };

    /// <summary>"B (usually reliable)", or "not rated".</summary>
    public static string Describe(string? grade) => grade is not null && Grades.TryGetValue(grade, out var meaning) ? $"{grade} ({meaning})" : "not rated";
}
