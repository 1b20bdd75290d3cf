using System.Text;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>
/// One cell of a dataset file: its value, and the verbatim characters it was written as (<see cref="Raw"/>:
/// inside the quotes of a quoted cell, quotes still doubled) with their code-point offsets in the file's
/// text, so that a cell can be quoted from the file as registered.
/// </summary>
internal readonly record struct DatasetCell(string Value, string Raw, int Start, int End);

/// <summary>One record of a dataset file: its row number (the header is row 1), the line it starts on, and its cells.</summary>
internal sealed record DatasetRecord(int Row, int Line, IReadOnlyList<DatasetCell> Cells)
{
    public string Position => Row == Line ? $"row {Row}" : $"row {Row} (line {Line})";
}

/// <summary>
/// RFC 4180 CSV over a text held in memory (a dataset file is registered whole as a source, so it is
/// in memory anyway), keeping where each cell stands. Offsets count code points, as quotes do.
/// Blank lines are skipped.
/// </summary>
internal static class DatasetCsvText
{
    /// <exception cref="ClaimFileException">a quoted cell lacks its closing quote, or text follows a closing quote.</exception>
    public static IEnumerable<DatasetRecord> Records(string text)
    {
        var scanner = new Scanner(text);
        for (var row = 1; scanner.More; row++)
        {
            var line = scanner.Line;
            var cells = scanner.Record(row);
            if (cells is [{ Raw.Length: 0 }])
            {
                row--;
                continue;
            }

            yield return new DatasetRecord(row, line, cells);
        }
    }

    private sealed class Scanner(string text)
    {
        private int _index;
        private int _codePoint;

        public int Line { get; private set; } = 1;

        public bool More => _index < text.Length;

        public List<DatasetCell> Record(int row)
        {
            var cells = new List<DatasetCell>();
            while (true)
            {
                cells.Add(_index < text.Length && text[_index] == '"' ? Quoted(row) : Plain());
                if (_index < text.Length && text[_index] == '\r')
                {
                    Advance();
                }

                if (_index >= text.Length || text[_index] == '\n')
                {
                    if (_index < text.Length)
                    {
                        Advance();
                    }

                    return cells;
                }

                Advance(); // the comma
            }
        }

        private DatasetCell Plain()
        {
            var (start, startCode) = (_index, _codePoint);
            while (_index < text.Length && text[_index] is not (',' or '\n' or '\r'))
            {
                Advance();
            }

            var value = text[start.._index];
            return new DatasetCell(value, value, startCode, _codePoint);
        }

        private DatasetCell Quoted(int row)
        {
            var line = Line;
            Advance();
            var (start, startCode) = (_index, _codePoint);
            var value = new StringBuilder();
            while (true)
            {
                if (_index >= text.Length)
                {
                    throw new ClaimFileException(line == row ? $"row {row}" : $"row {row} (line {line})", "a quoted cell lacks its closing quote");
                }

                if (text[_index] == '"' && (_index + 1 >= text.Length || text[_index + 1] != '"'))
                {
                    break;
                }

                if (text[_index] == '"')
                {
                    Advance();
                }

                value.Append(text[_index]);
                Advance();
            }

            var cell = new DatasetCell(value.ToString(), text[start.._index], startCode, _codePoint);
            Advance();
            if (_index < text.Length && text[_index] is not (',' or '\n' or '\r'))
            {
                throw new ClaimFileException($"row {row} (line {Line})", "text follows the closing quote of a cell; quotes inside a quoted cell are doubled");
            }

            return cell;
        }

        /// <summary>Moves one UTF-16 unit on; the second half of a surrogate pair is not another code point.</summary>
        private void Advance()
        {
            Line += text[_index] == '\n' ? 1 : 0;
            _codePoint += char.IsLowSurrogate(text[_index]) && _index > 0 && char.IsHighSurrogate(text[_index - 1]) ? 0 : 1;
            _index++;
        }
    }
}
