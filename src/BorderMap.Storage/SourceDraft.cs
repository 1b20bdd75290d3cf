namespace BorderMap.Storage;

/// <summary>
/// A source text to register. The store gives it the id <c>slug-of-title-YYYY-MM-DD</c> (with a
/// numeric suffix if taken), or, when it <see cref="Supersedes"/> an earlier source,
/// <c>that-id-vN</c>: a correction never changes the text that existing quotes point into.
/// <see cref="Reliability"/> is the source's Admiralty grade (A–F); without one, the source gets
/// its publisher's default: the grade of the publisher's latest rated source.
/// </summary>
public sealed record SourceDraft(
    string Title,
    string Publisher,
    string Language,
    string? TranslatedFrom,
    Uri? Url,
    string PublishedDate,
    IReadOnlyList<string> Notes,
    string Text,
    string? Supersedes = null,
    string? Reliability = null);
