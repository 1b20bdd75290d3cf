using BorderMap.Core.Sources;

namespace BorderMap.Core.Claims;

/// <summary>
/// Information credibility in the Admiralty code (NATO AJP-2.1, STANAG 2511): a digit for how far
/// one claim is confirmed, judged apart from how reliable its source has proved
/// (<see cref="SourceReliability"/>). Together they read as "B2".
/// </summary>
public static class InformationCredibility
{
    public static readonly IReadOnlyDictionary<int, string> Grades = new Dictionary<int, string>
    {
        [1] = "confirmed by other sources",
        [2] = "probably true",
        [3] = "possibly true",
        [4] = "doubtful",
        [5] = "improbable",
        [6] = "truth cannot be judged",
    };

    /// <summary>"2 (probably true)", or "not rated".</summary>
    public static string Describe(int? grade) => grade is { } g && Grades.TryGetValue(g, out var meaning) ? $"{g} ({meaning})" : "not rated";

    /// <summary>The Admiralty code of a claim from its source's letter and its own digit: "B2", "B", "2", or null when neither is rated.</summary>
    public static string? Code(string? reliability, int? credibility) =>
        reliability is null && credibility is null ? null : $"{reliability}{credibility}";
}
