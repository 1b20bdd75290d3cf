using System.Globalization;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>
/// A dataset's precision codes and the claim model's levels they stand for (a time precision such as
/// <c>week</c>, or a geo-precision 1–4). Where several codes share a level, the code is kept with the
/// claim (see <see cref="KeptColumns"/>) and written back while the claim's level still matches it;
/// otherwise a level is written as its <see cref="Canonical"/> code.
/// </summary>
internal sealed class PrecisionCodes<TLevel>(string meaning, IReadOnlyDictionary<int, TLevel> levels, IReadOnlyDictionary<TLevel, int> canonical)
    where TLevel : notnull
{
    /// <summary>What the codes mean, for messages: "1 day, 2 week, 3 month".</summary>
    public string Meaning => meaning;

    public bool TryLevel(string text, out int code, out TLevel level)
    {
        level = default!;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out code) && levels.TryGetValue(code, out level!);
    }

    /// <summary>The code to export for <paramref name="level"/>: the kept one when it still stands for that level.</summary>
    public int CodeOf(TLevel level, string? kept) =>
        kept is not null && TryLevel(kept, out var code, out var keptLevel) && EqualityComparer<TLevel>.Default.Equals(keptLevel, level) ? code : canonical[level];

    /// <summary>True when a level has more than one code, so the code must be kept to come back.</summary>
    public bool IsShared(TLevel level) => levels.Values.Count(l => EqualityComparer<TLevel>.Default.Equals(l, level)) > 1;
}
