using System.Text.Json.Nodes;
using BorderMap.Core.Events;

namespace BorderMap.Storage.Events;

/// <summary>An event read back with its claims (each with its source's publisher) and what it derives from them.</summary>
public sealed record StoredEvent(ClaimEvent Event, IReadOnlyList<EventMember> Members, EventSummary Summary)
{
    public string Status => Event.StatusFrom(Summary);
}

/// <summary>One page of events in creation order, with the cursor of the next page when there may be more.</summary>
public sealed record EventPage(IReadOnlyList<StoredEvent> Events, long? Next);

/// <summary>One change to an event: the version it made, when, by whom, and the event before and after (see <see cref="EventJson"/>).</summary>
public sealed record EventHistoryEntry(string EventId, int Version, DateTimeOffset At, string? Actor, HistoryAction Action, JsonObject? OldValue, JsonObject? NewValue);

/// <summary>An event id that names no event.</summary>
public sealed class EventNotFoundException(string id) : Exception($"There is no event with the id '{id}'.")
{
    public string Id { get; } = id;
}

/// <summary>A write named a version the event no longer has, or created an id that exists; carries the current event (null when deleted).</summary>
public sealed class EventConflictException(string id, ClaimEvent? current, string message) : Exception(message)
{
    public string Id { get; } = id;

    public ClaimEvent? Current { get; } = current;
}
