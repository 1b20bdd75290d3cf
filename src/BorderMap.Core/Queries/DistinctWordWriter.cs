using System.Buffers;

namespace BorderMap.Core.Queries;

/// <summary>
/// Writes words separated by single spaces, in the order first given, into a buffer borrowed from
/// the shared pool, leaving out every word that another of them contains (a repeat, or "tajik"
/// beside "tajikistan"): a claim's search key (<see cref="ClaimSearchKey.Of"/>) without a string
/// per piece and per word, a list of them and two joins. A word is searched for among the words
/// written so far when it is given, and among those written after it when the key is finished (a
/// key is a few hundred characters), so nothing else is kept.
/// </summary>
internal ref struct DistinctWordWriter
{
    private char[] _buffer;
    private int _length;

    public DistinctWordWriter() => _buffer = ArrayPool<char>.Shared.Rent(1024);

    /// <summary>
    /// Adds each word of <paramref name="words"/> (separated by single spaces) that no word written
    /// yet contains. A word has no space, so wherever it occurs in the written text it lies inside one word.
    /// </summary>
    public void AddEach(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (!word.IsEmpty && _buffer.AsSpan(0, _length).IndexOf(word) < 0)
            {
                Append(word);
            }
        }
    }

    /// <summary>
    /// The words written but those a later one contains, and the buffer given back. Each word kept
    /// moves left over the ones left out; the words after it, which it is searched in, are not moved yet.
    /// </summary>
    public string Finish()
    {
        var kept = 0;
        var start = 0;
        while (start < _length)
        {
            var written = _buffer.AsSpan(0, _length);
            var space = written[start..].IndexOf(' ');
            var end = space < 0 ? _length : start + space;
            var word = written[start..end];
            if (written[end..].IndexOf(word) < 0)
            {
                if (kept > 0)
                {
                    _buffer[kept++] = ' ';
                }

                word.CopyTo(_buffer.AsSpan(kept));
                kept += word.Length;
            }

            start = end + 1;
        }

        var text = new string(_buffer, 0, kept);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
        return text;
    }

    private void Append(ReadOnlySpan<char> word)
    {
        var needed = _length + word.Length + 1;
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        if (_length > 0)
        {
            _buffer[_length++] = ' ';
        }

        word.CopyTo(_buffer.AsSpan(_length));
        _length += word.Length;
    }
}
