using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>
/// How both backends store a <see cref="QuoteAnchor"/>: status and review as lower-case words,
/// quotes as JSON text. Each backend reads its row's columns in the order of its select list and
/// hands them here.
/// </summary>
internal static class AnchorColumns
{
    public static QuoteAnchor Read(Func<int, string?> text, Func<int, double> number, Func<int, DateTimeOffset?> time) => new(
        text(0)!,
        text(1)!,
        text(2)!,
        Enum.Parse<AnchorStatus>(text(3)!, ignoreCase: true),
        QuoteOf(text(4)!),
        text(5) is { } quote ? QuoteOf(quote) : null,
        number(6),
        time(7)!.Value,
        text(8) is { } review ? Enum.Parse<AnchorReview>(review, ignoreCase: true) : null,
        text(9),
        time(10));

    public static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static string JsonOf(Quote quote) => JsonSerializer.Serialize(quote, ClaimGeoJson.Options);

    private static Quote QuoteOf(string json) => JsonSerializer.Deserialize<Quote>(json, ClaimGeoJson.Options)!;
}
