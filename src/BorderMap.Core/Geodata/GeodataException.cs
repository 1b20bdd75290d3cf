namespace BorderMap.Core.Geodata;

/// <summary>
/// A data file that cannot be used. The message names the file and the position (line and column
/// for malformed JSON, the JSON path and feature id for invalid content) so that the person who
/// edited it can find the mistake without a stack trace.
/// </summary>
public sealed class GeodataException(string file, string position, string detail)
    : Exception($"{file}: {position}: {detail}")
{
    public string File { get; } = file;

    public string Position { get; } = position;

    public string Detail { get; } = detail;
}
