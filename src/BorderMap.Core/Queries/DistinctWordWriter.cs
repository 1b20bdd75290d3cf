using System.Buffers;

namespace BorderMap.Core.Queries;

/// <summary>
/// Writes words separated by single spaces, each once, in the order first given, into a buffer
/// borrowed from the shared pool: a claim's search key (<see cref="ClaimSearchKey.Of"/>) without
/// a string per piece and per word, a list of them and two joins. A repeat is found by searching
/// the words written so far (a key is a few hundred characters), so nothing else is kept.
/// </summary>
internal ref struct DistinctWordWriter
{
    private char[] _buffer;
    private int _length;

    public DistinctWordWriter() => _buffer = ArrayPool<char>.Shared.Rent(1024);

    /// <summary>Adds each word of <paramref name="words"/> (separated by single spaces) that is not written yet.</summary>
    public void AddEach(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (!word.IsEmpty && !Holds(word))
            {
                Append(word);
            }
        }
    }

    /// <summary>The words written, and the buffer given back.</summary>
    public string Finish()
    {
        var text = new string(_buffer, 0, _length);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
        return text;
    }

    /// <summary>Whether <paramref name="word"/> is one of the words written: found with a space or an end on both sides.</summary>
    private readonly bool Holds(ReadOnlySpan<char> word)
    {
        var written = _buffer.AsSpan(0, _length);
        var from = 0;
        while (from + word.Length <= written.Length)
        {
            var at = written[from..].IndexOf(word);
            if (at < 0)
            {
                return false;
            }

            var start = from + at;
            var end = start + word.Length;
            if ((start == 0 || written[start - 1] == ' ') && (end == written.Length || written[end] == ' '))
            {
                return true;
            }

            from = start + 1;
        }

        return false;
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
