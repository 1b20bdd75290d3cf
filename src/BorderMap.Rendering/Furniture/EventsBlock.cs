using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Text;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// The quote panel's list of events: each event one of the numbered claims belongs to, numbered
/// E1, E2 … in the order its first claim is listed, with its title, status, independence and all
/// its sources, also those whose claims are not on the map (by source key where the panel lists
/// the source, else by title and publisher).
/// </summary>
internal sealed class EventsBlock(TextWrapper wrapper)
{
    private static readonly TextStyle TitleStyle = new(7.5f, FontWeight.Bold, Ink.Text);
    private static readonly TextStyle SmallStyle = new(6.5f, FontWeight.Regular, Ink.Muted);

    /// <summary>The number of each listed event ("E1"), by event id, for events with a claim among <paramref name="listed"/> (claim ids), in their order.</summary>
    public static Dictionary<string, string> Number(IEnumerable<string> listed, IReadOnlyList<ExportEvent> events)
    {
        var eventOf = NumberedKeys.EventOfClaim(events);
        return NumberedKeys.Number(listed.Select(id => eventOf.GetValueOrDefault(id)), "E");
    }

    /// <summary>Adds the events that have a number to <paramref name="block"/>, above the panel's sources.</summary>
    public void AddTo(TextBlock block, IReadOnlyDictionary<string, string> numbers, IReadOnlyList<ExportEvent> events, IReadOnlyDictionary<string, string> sourceKeys, IReadOnlyDictionary<string, Source> sources, float width)
    {
        if (numbers.Count == 0)
        {
            return;
        }

        block.Space(4).Add(wrapper.Wrap("Events", TitleStyle, width));
        var byId = new Dictionary<string, ExportEvent>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            byId.TryAdd(e.Id, e);
        }

        foreach (var e in NumberedKeys.InOrder(numbers).Select(id => byId[id]))
        {
            var named = e.SourceIds.Select(id => sourceKeys.TryGetValue(id, out var key) ? key : sources.TryGetValue(id, out var s) ? $"{s.Title} ({s.Publisher})" : id);
            var text = $"{numbers[e.Id]}  {e.Title}: {e.Status}; {e.Independence}: {string.Join(", ", named)}";
            block.Add(wrapper.Wrap(text, SmallStyle, width));
        }
    }
}
