using System.Security.Cryptography;
using System.Text;
using BorderMap.Core.Sources;

namespace BorderMap.Core.Geodata;

/// <summary>
/// Reads a source's metadata file and its text, and refuses a text whose SHA-256 differs from the
/// recorded one: quote offsets are only meaningful against the exact registered text.
/// </summary>
internal static class SourceReader
{
    public static Source Read(string metadataPath, string displayName)
    {
        var meta = JsonFile.Read<SourceMetadata>(metadataPath, displayName);
        var textPath = Path.Combine(Path.GetDirectoryName(metadataPath)!, meta.TextFile);
        if (!File.Exists(textPath))
        {
            throw new GeodataException(displayName, "textFile", $"text file '{meta.TextFile}' does not exist");
        }

        var bytes = File.ReadAllBytes(textPath);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, meta.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new GeodataException(displayName, "sha256", $"'{meta.TextFile}' has SHA-256 {actual}, not the recorded {meta.Sha256}");
        }

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        return new Source(meta.Id, meta.Title, meta.Publisher, meta.Language, meta.TranslatedFrom, meta.Url, meta.PublishedDate, actual, meta.Notes, text);
    }
}
