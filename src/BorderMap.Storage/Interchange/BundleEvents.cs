using System.Text.Json;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// The top-level <c>events</c> member of a claims bundle: each event's own fields, as
/// <see cref="EventDraftReader"/> reads them (<c>id</c>, <c>title</c>, <c>note</c>, <c>claims</c>,
/// <c>statusOverride</c>, <c>overrideReason</c>), listed before the features like the sources, so
/// that an import reads them in its first pass and creates them after the claims, in the same
/// transaction. What an event derives is not written: the importing store derives it again.
/// </summary>
public static class BundleEvents
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<EventDraft> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("events");
        foreach (var e in events)
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteString("title", e.Title);
            writer.WriteString("note", e.Note);
            writer.WriteStartArray("claims");
            e.ClaimIds.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteString("statusOverride", e.StatusOverride);
            writer.WriteString("overrideReason", e.OverrideReason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <exception cref="ClaimFileException">an event is not an object, lacks its id or title, or has a mistyped or unknown member.</exception>
    public static IReadOnlyList<EventDraft> Read(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new ClaimFileException("events", "must be an array of events");
        }

        return [.. document.RootElement.EnumerateArray().Select((element, index) => ReadOne(element, $"events[{index}]"))];
    }

    private static EventDraft ReadOne(JsonElement element, string position)
    {
        var (draft, problems) = EventDraftReader.Read(element);
        if (problems.Count > 0 || draft is null)
        {
            throw new ClaimFileException(position, string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")));
        }

        return draft.Id is null ? throw new ClaimFileException(position, "id: is required; a bundle's events keep their ids") : draft;
    }
}
