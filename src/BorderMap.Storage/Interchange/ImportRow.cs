using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// One claim read from an import file: where it stands (<c>feature 3</c>, <c>row 5</c>), and either
/// its draft or what is wrong with it, with field names in the file's own terms.
/// </summary>
public sealed record ImportRow(string Position, ClaimDraft? Draft, IReadOnlyList<FieldProblem> Problems);

/// <summary>The file as a whole cannot be read (malformed JSON, a CSV without its header, an unknown format).</summary>
public sealed class ClaimFileException(string position, string message) : Exception($"{position}: {message}")
{
    public string Position { get; } = position;
}
