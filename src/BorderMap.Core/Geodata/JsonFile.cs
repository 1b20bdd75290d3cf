using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Core.Geodata;

/// <summary>Strict JSON reading that turns every failure into a <see cref="GeodataException"/> with a position.</summary>
internal static class JsonFile
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static T Read<T>(string path, string displayName)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new GeodataException(displayName, "file", e.Message);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new GeodataException(displayName, "line 1", "the file holds JSON null");
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var jsonPath = string.IsNullOrEmpty(e.Path) ? string.Empty : $" ({e.Path})";
            throw new GeodataException(displayName, $"line {line}, column {column}{jsonPath}", FirstSentence(e.Message));
        }
        catch (ArgumentException e)
        {
            // The GeoJSON converter reports malformed geometries (for example a ring that is not closed) this way.
            throw new GeodataException(displayName, "geometry", e.Message);
        }
    }

    // System.Text.Json appends "Path: … | LineNumber: …" to its messages; the position is reported separately.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(GeodataJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
