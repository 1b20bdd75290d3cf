namespace BorderMap.Core.Sources;

/// <summary>
/// A registered source document. <see cref="Text"/> never changes once registered; its SHA-256 is
/// recorded so that quote offsets stay meaningful. A correction is a new source that
/// <see cref="Supersedes"/> the one it corrects.
/// </summary>
public sealed record Source(
    string Id,
    string Title,
    string Publisher,
    string Language,
    string? TranslatedFrom,
    Uri? Url,
    string PublishedDate,
    string Sha256,
    IReadOnlyList<string> Notes,
    string Text,
    string? Supersedes = null)
{
    /// <summary>The source's reliability, A–F (<see cref="SourceReliability"/>); null when not rated.</summary>
    public string? Reliability { get; init; }
}
