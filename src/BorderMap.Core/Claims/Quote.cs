namespace BorderMap.Core.Claims;

/// <summary>
/// A verbatim excerpt of a source. <see cref="Start"/> and <see cref="End"/> (exclusive) count
/// Unicode code points from the start of the source text, so they survive any UTF encoding.
/// </summary>
public sealed record Quote(string Text, int Start, int End);
