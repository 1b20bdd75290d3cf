using System.Globalization;
using System.Text;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Reads RFC 4180 CSV records one at a time from a <see cref="TextReader"/>: comma-separated,
/// fields with commas, quotes or line breaks in double quotes, quotes doubled. A quoted field may
/// span lines. It reads blocks of characters rather than lines, because a line has no length
/// limit (<see cref="TextReader.ReadLine"/> on <c>/dev/zero</c> or an unclosed quote would read the
/// rest of the file into one string); a record longer than <see cref="MaxRecordChars"/> stops the
/// read with a <see cref="ClaimFileException"/> naming its row. Records are numbered from 1 as
/// rows (the header is row 1), with the line each starts on.
/// <para>
/// Give it a reader that decodes invalid UTF-8 as U+FFFD (the default): the reader then stops at
/// the row that holds the bad bytes. A reader that throws on them decodes a block ahead, so the
/// row named is only near the bad bytes.
/// </para>
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    /// <summary>The longest record (all its fields and separators) read: 1 MiB of text, far beyond any claim.</summary>
    public const int MaxRecordChars = 1 << 20;

    private const char ReplacementChar = '\uFFFD';

    private readonly char[] _block = new char[1 << 14];
    private readonly StringBuilder _field = new();
    private List<string> _fields = [];
    private int _blockLength;
    private int _blockIndex;
    private int _line = 1;
    private int _recordChars;
    private bool _quoted;
    private bool _atFieldStart = true;

    /// <summary>The row number of the record last returned (1 for the header).</summary>
    public int Row { get; private set; }

    /// <summary>The next record and the line it starts on, or null at the end of the text.</summary>
    /// <exception cref="ClaimFileException">a record is too long, or the text cannot be decoded.</exception>
    public (int Line, IReadOnlyList<string> Fields)? Next()
    {
        var recordLine = _line;
        int c;
        while ((c = NextChar()) != -1)
        {
            if (++_recordChars > MaxRecordChars)
            {
                var reason = _quoted ? "; a quoted field may lack its closing quote" : string.Empty;
                throw new ClaimFileException(Position(recordLine), $"is longer than {MaxRecordChars.ToString("N0", CultureInfo.InvariantCulture)} characters{reason}");
            }

            if (c == ReplacementChar)
            {
                throw new ClaimFileException(Position(_line), "has bytes that are not valid UTF-8 (or the replacement character U+FFFD, the mark of text already damaged); save the file as UTF-8");
            }

            if (Take((char)c))
            {
                return Complete(recordLine);
            }
        }

        return _fields.Count > 0 || _field.Length > 0 ? Complete(recordLine) : null;
    }

    /// <summary>Adds one character to the record; true when it ends the record.</summary>
    private bool Take(char ch)
    {
        if (_quoted)
        {
            if (ch == '"' && PeekChar() == '"')
            {
                _field.Append('"');
                NextChar();
            }
            else if (ch == '"')
            {
                _quoted = false;
            }
            else
            {
                _line += ch == '\n' ? 1 : 0;
                _field.Append(ch);
            }

            return false;
        }

        switch (ch)
        {
            case '"' when _atFieldStart:
                _quoted = true;
                _atFieldStart = false;
                return false;
            case ',':
                EndField();
                return false;
            case '\r':
                return false;
            case '\n':
                _line++;
                return true;
            default:
                _field.Append(ch);
                _atFieldStart = false;
                return false;
        }
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
        _atFieldStart = true;
    }

    private (int, IReadOnlyList<string>) Complete(int recordLine)
    {
        EndField();
        var fields = _fields;
        _fields = [];
        _recordChars = 0;
        _quoted = false;
        Row++;
        return (recordLine, fields);
    }

    private int NextChar() => Fill() ? _block[_blockIndex++] : -1;

    private int PeekChar() => Fill() ? _block[_blockIndex] : -1;

    private bool Fill()
    {
        if (_blockIndex < _blockLength)
        {
            return true;
        }

        try
        {
            _blockLength = reader.Read(_block, 0, _block.Length);
        }
        catch (DecoderFallbackException e)
        {
            var bytes = string.Join(' ', (e.BytesUnknown ?? []).Select(b => $"0x{b:X2}"));
            throw new ClaimFileException(Position(_line), $"the text at or soon after this row is not valid UTF-8 (bytes {bytes}); save the file as UTF-8");
        }

        _blockIndex = 0;
        return _blockLength > 0;
    }

    private string Position(int recordLine) => recordLine == Row + 1 ? $"row {Row + 1}" : $"row {Row + 1} (line {recordLine})";
}
