using System.Globalization;
using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage.Interchange.Annotations;

/// <summary>
/// A claim's quote as a W3C Web Annotation (JSON-LD): the target is the source text, selected by
/// a <c>TextQuoteSelector</c> (the exact quote with up to <see cref="ContextLength"/> code points
/// of prefix and suffix) and a <c>TextPositionSelector</c> (code point offsets, as the Web
/// Annotation model counts them and as quotes are stored); the body is the English translation.
/// Ids are URNs (<c>urn:bordermap:claim:ID</c>, <c>urn:bordermap:source:ID</c>), the same on
/// every machine, so an annotation finds its claim and source in another store.
/// </summary>
public static class QuoteAnnotation
{
    public const string Context = "http://www.w3.org/ns/anno.jsonld";
    public const string ContentType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    public const string ClaimPrefix = "urn:bordermap:claim:";
    public const string SourcePrefix = "urn:bordermap:source:";

    /// <summary>How much text around the quote the quote selector carries, in code points.</summary>
    public const int ContextLength = 32;

    public static JsonObject Of(Claim claim, Source source)
    {
        var quote = claim.Data.Quote;
        var length = CodePointText.Length(source.Text);
        return new JsonObject
        {
            ["@context"] = Context,
            ["id"] = ClaimPrefix + claim.Id,
            ["type"] = "Annotation",
            ["motivation"] = "describing",
            ["created"] = Time(claim.Data.CreatedAt),
            ["modified"] = Time(claim.Data.UpdatedAt),
            ["body"] = new JsonObject { ["type"] = "TextualBody", ["value"] = claim.Data.Translation, ["format"] = "text/plain", ["language"] = "en" },
            ["target"] = new JsonObject
            {
                ["source"] = SourcePrefix + source.Id,
                ["selector"] = new JsonArray(
                    new JsonObject
                    {
                        ["type"] = "TextQuoteSelector",
                        ["exact"] = quote.Text,
                        ["prefix"] = CodePointText.Slice(source.Text, Math.Max(0, quote.Start - ContextLength), quote.Start),
                        ["suffix"] = CodePointText.Slice(source.Text, quote.End, Math.Min(length, quote.End + ContextLength)),
                    },
                    new JsonObject { ["type"] = "TextPositionSelector", ["start"] = quote.Start, ["end"] = quote.End }),
            },
        };
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
