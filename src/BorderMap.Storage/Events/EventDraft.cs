namespace BorderMap.Storage.Events;

/// <summary>
/// An event as a client writes it: its own title and note, its claims (each in at most one event),
/// and optionally a researcher's status with the reason for overriding the derived one. A null id
/// on create is derived from the title.
/// </summary>
public sealed record EventDraft(
    string? Id,
    string Title,
    string? Note,
    IReadOnlyList<string> ClaimIds,
    string? StatusOverride,
    string? OverrideReason);
