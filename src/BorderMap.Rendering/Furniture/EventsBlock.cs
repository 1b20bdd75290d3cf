using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// The quote panel's list of events: each event one of the numbered claims belongs to, numbered
/// E1, E2 … in the order its first claim is listed, with its title, status, independence and all
/// its sources, also those whose claims are not on the map (by source key where the panel lists
/// the source, else by title and publisher).
/// </summary>
internal static class EventsBlock
{
    /// <summary>The number of each listed event ("E1"), by event id, for events with a claim among <paramref name="listed"/> (claim ids), in their order.</summary>
    public static Dictionary<string, string> Number(IEnumerable<string> listed, IReadOnlyList<ExportEvent> events)
    {
        var eventOf = NumberedKeys.EventOfClaim(events);
        return NumberedKeys.Number(listed.Select(id => eventOf.GetValueOrDefault(id)), "E");
    }

    /// <summary>
    /// The line of each event that has a number, in the numbers' order: its title, status,
    /// independence and sources, a source by its key where the panel lists it.
    /// </summary>
    public static List<string> Lines(IReadOnlyDictionary<string, string> numbers, IReadOnlyList<ExportEvent> events, IReadOnlyDictionary<string, string> sourceKeys, IReadOnlyDictionary<string, Source> sources)
    {
        var byId = new Dictionary<string, ExportEvent>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            byId.TryAdd(e.Id, e);
        }

        var lines = new List<string>(numbers.Count);
        foreach (var e in NumberedKeys.InOrder(numbers).Select(id => byId[id]))
        {
            var named = e.SourceIds.Select(id => sourceKeys.TryGetValue(id, out var key) ? key : sources.TryGetValue(id, out var s) ? $"{s.Title} ({s.Publisher})" : id);
            lines.Add($"{numbers[e.Id]}  {e.Title}: {e.Status}; {e.Independence}: {string.Join(", ", named)}");
        }

        return lines;
    }
}
