using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage;

/// <summary>Decodes a claim's data stored as one JSON object (PostGIS's <c>data</c> column), its members in any order.</summary>
internal static class ClaimDataJson
{
    public static ClaimData Decode(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, ClaimJsonContext.Default.ClaimData) ?? throw new InvalidDataException("the claim data is JSON null");
}
