using BorderMap.Core.Claims;
using BorderMap.Core.Events;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.Writes;

/// <summary>
/// Creates the events an import carries (<see cref="ImportOptions.Events"/>) after its claims, in
/// its transaction, so that a bundle's events and claims arrive together or not at all. An event
/// the store holds already with the same title, note, claims and override is left as it is; one
/// that differs is refused rather than overwritten.
/// </summary>
internal static class BundledEvents
{
    public static void Create(EventWrites writes, EventTables tx, IReadOnlyList<EventDraft> events, string? actor)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var draft = events[i];
            if (draft.Id is { } id && tx.Find(id) is { } existing)
            {
                if (!Same(existing, draft))
                {
                    throw new StoreValidationException([new FieldProblem($"events[{i}]", $"the store has an event '{id}' that differs from this one; it is not overwritten")]);
                }

                continue;
            }

            try
            {
                writes.Create(tx, draft, actor);
            }
            catch (StoreValidationException e)
            {
                throw new StoreValidationException([.. e.Problems.Select(p => p with { Field = $"events[{i}].{p.Field}" })]);
            }
        }
    }

    /// <summary>Whether the stored event is what creating the draft would make of it (titles and texts trimmed, blanks null, as <see cref="EventWrites"/> stores them).</summary>
    private static bool Same(ClaimEvent stored, EventDraft draft) =>
        stored.Title == draft.Title.Trim() && stored.Note == Blank(draft.Note)
        && stored.ClaimIds.SequenceEqual(draft.ClaimIds, StringComparer.Ordinal)
        && stored.StatusOverride == draft.StatusOverride && stored.OverrideReason == Blank(draft.OverrideReason);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
