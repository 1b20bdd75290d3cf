namespace BorderMap.Core.Extraction;

/// <summary>
/// Converts UTF-16 positions of one text into the code-point offsets quotes are recorded in. For a
/// text without surrogate pairs (most) the two agree and nothing is stored.
/// </summary>
public sealed class CodePointIndex
{
    private readonly int[]? _codePointAt;

    public CodePointIndex(string text)
    {
        // One vectorised search for the surrogates' range (what char.IsSurrogate tests), not a call per character.
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return;
        }

        _codePointAt = new int[text.Length + 1];
        var codePoint = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _codePointAt[i] = codePoint;
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                codePoint++;
            }
        }

        _codePointAt[text.Length] = codePoint;
    }

    public int Of(int utf16Index) => _codePointAt?[utf16Index] ?? utf16Index;

    /// <summary>The UTF-16 position of a code-point offset (the first unit of a surrogate pair).</summary>
    public int Utf16Of(int codePoint)
    {
        if (_codePointAt is null)
        {
            return codePoint;
        }

        var index = Array.BinarySearch(_codePointAt, codePoint);
        while (index > 0 && _codePointAt[index - 1] == codePoint)
        {
            index--;
        }

        return index;
    }
}
