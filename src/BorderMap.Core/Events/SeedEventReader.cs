using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;

namespace BorderMap.Core.Events;

/// <summary>
/// Reads the shipped events (<c>events/*.json</c>: a list of <c>id</c>, <c>title</c>, <c>note</c>
/// and <c>claims</c>) that seed a new store beside the shipped claims. Every claim must be a shipped
/// claim, and in one event only.
/// </summary>
public static class SeedEventReader
{
    public static IReadOnlyList<ClaimEvent> Read(string directory, IReadOnlyList<Claim> claims)
    {
        var folder = Path.Combine(directory, "events");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var known = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<ClaimEvent>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = $"events/{Path.GetFileName(file)}";
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var e = new ClaimEvent(
                    Text(item, "id", name), Text(item, "title", name), item.TryGetProperty("note", out var note) ? note.GetString() : null,
                    [.. item.GetProperty("claims").EnumerateArray().Select(c => c.GetString()!)], null, null, default, default, 1);
                if (e.ClaimIds.FirstOrDefault(c => !known.Contains(c) || !used.Add(c)) is { } bad)
                {
                    throw new GeodataException(name, $"event '{e.Id}'", $"claim '{bad}' is not a shipped claim, or is in another event already");
                }

                events.Add(e);
            }
        }

        return events;
    }

    private static string Text(JsonElement item, string member, string file) =>
        item.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new GeodataException(file, member, "is required and must be a string");
}
