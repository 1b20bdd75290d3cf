using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// What <see cref="Utf8JsonReader"/> lets through but a claim cannot hold: numbers beyond the range
/// of a double (<c>1e400</c> reads as infinity), strings that are not valid UTF-8, and escaped lone
/// surrogates (<c>"\ud800"</c>). The reader accepts all three; left alone they would surface later
/// as an exception from deep inside the feature reader, with no position.
/// </summary>
internal static class JsonTokenCheck
{
    private const int MaxQuotedChars = 40;

    /// <summary>What is wrong with the current token, or null when nothing is.</summary>
    public static string? Problem(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when !reader.TryGetDouble(out var value) || !double.IsFinite(value) =>
            $"the number {Quoted(reader.ValueSpan)} is outside the range of a double",
        JsonTokenType.String or JsonTokenType.PropertyName when !Utf8.IsValid(reader.ValueSpan) =>
            $"{Describe(reader.TokenType)} is not valid UTF-8",
        JsonTokenType.String or JsonTokenType.PropertyName when reader.ValueIsEscaped && !Decodes(ref reader) =>
            $"{Describe(reader.TokenType)} has a lone surrogate escape (\\uD800-\\uDFFF without its pair): {Quoted(reader.ValueSpan)}",
        _ => null,
    };

    /// <summary>A token kind as a message names it: "an object", "a string".</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.PropertyName => "a member name",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Escapes are ASCII, so the raw bytes are valid UTF-8 here; only the unescaped text can still be invalid UTF-16.</summary>
    private static bool Decodes(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Quoted(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        return text.Length <= MaxQuotedChars ? text : $"{text[..MaxQuotedChars]}…";
    }
}
