namespace BorderMap.Storage.Interchange;

/// <summary>RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks in double quotes, quotes doubled.</summary>
internal static class CsvText
{
    /// <summary>The records of <paramref name="reader"/>, each with the line it starts on (1-based), read as the sequence is enumerated.</summary>
    /// <exception cref="ClaimFileException">while enumerating: see <see cref="CsvRecordReader.Next"/>.</exception>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader)
    {
        var records = new CsvRecordReader(reader);
        while (records.Next() is { } record)
        {
            yield return record;
        }
    }

    public static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;
}
