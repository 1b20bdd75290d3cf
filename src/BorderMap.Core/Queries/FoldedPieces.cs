namespace BorderMap.Core.Queries;

/// <summary>
/// The search words of one space-free piece of a claim's text (<see cref="ClaimSearchKey.Words"/>
/// of it), remembered for the pieces seen lately: a claim's texts repeat words within and across
/// claims (places, actors, the words of the quote and its translation), and folding (Unicode
/// normalisation twice, and a pass per romanisation rule) was a sixth of a bulk import's CPU when
/// it ran over each claim's whole text. Folding stops at a space: every step of it is letter by
/// letter or within a run of letters and marks, so a text's words are its pieces' words in order.
/// Bounded: at most <see cref="MaxEntries"/> pieces of at most <see cref="MaxLength"/> characters;
/// when full it starts over. Thread-safe.
/// </summary>
internal static class FoldedPieces
{
    public const int MaxEntries = 65_536;

    /// <summary>Longer pieces (a URL, a run of digits) seldom repeat and are folded each time.</summary>
    public const int MaxLength = 40;

    private static readonly BoundedCache<string, string> Words = new(MaxEntries, StringComparer.Ordinal);

    /// <summary>
    /// The piece's words separated by single spaces, as <see cref="ClaimSearchKey.Words"/> gives them; empty when it has none.
    /// Looked up by the span itself: a piece becomes a string only when it is folded.
    /// </summary>
    public static string Of(ReadOnlySpan<char> piece) =>
        piece.Length > MaxLength ? ClaimSearchKey.Words(piece.ToString())
        : Words.TryGet(piece, out var words) ? words
        : Words.Get(piece.ToString(), ClaimSearchKey.Words);
}
