using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange;

/// <summary>Parses JSON input (a request body, a file) into a document, or says where it is malformed.</summary>
public static class JsonInput
{
    public static async Task<(JsonDocument? Document, FieldProblem? Problem)> ParseAsync(Stream input, string field, CancellationToken cancel = default)
    {
        try
        {
            return (await JsonDocument.ParseAsync(input, default, cancel), null);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var message = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0];
            return (null, new FieldProblem(field, $"malformed JSON at line {line}, column {column}: {message}"));
        }
    }
}
