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

        BundleMembers.WriteObjects(writer, "events", events, e =>
        {
            writer.WriteString("id", e.Id);
            writer.WriteString("title", e.Title);
            writer.WriteString("note", e.Note);
            BundleMembers.WriteStrings(writer, "claims", e.ClaimIds);
            writer.WriteString("statusOverride", e.StatusOverride);
            writer.WriteString("overrideReason", e.OverrideReason);
        });
    }

    /// <exception cref="ClaimFileException">an event is not an object, lacks its id or title, or has a mistyped or unknown member.</exception>
    public static IReadOnlyList<EventDraft> Read(byte[] json) => BundleMembers.Read(json, "events", ReadOne);

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
