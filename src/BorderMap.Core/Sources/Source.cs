namespace BorderMap.Core.Sources;

/// <summary>
/// A registered source document. <see cref="Text"/> never changes once registered; its SHA-256 is
/// recorded so that quote offsets stay meaningful.
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
    string Text)
{
    /// <summary>The source's reliability, A–F (<see cref="SourceReliability"/>); null when not rated.</summary>
    public string? Reliability { get; init; }
}
