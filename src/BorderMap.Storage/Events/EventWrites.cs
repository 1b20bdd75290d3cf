using BorderMap.Core.Claims;
using BorderMap.Core.Events;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Events;

/// <summary>
/// The event use cases, written once for every backend: check the draft, check the version,
/// derive what the event's row and its place keep (<see cref="EventDerivation"/>), append the history. Each runs inside one
/// transaction the backend opens (<see cref="EventTables"/>).
/// </summary>
internal sealed class EventWrites(ClaimWrites claims)
{
    public const int MaxTitleLength = 300;

    public ClaimEvent Create(EventTables tx, EventDraft draft, string? actor)
    {
        var id = draft.Id ?? Slug.Unique(Slug.From(draft.Title, 80, "event"), candidate => tx.Exists(candidate) || tx.LastHistoryVersion(candidate) > 0);
        if (tx.Find(id) is { } existing)
        {
            throw new EventConflictException(id, existing, $"An event with the id '{id}' already exists.");
        }

        var now = claims.Now();
        var version = tx.LastHistoryVersion(id) + 1;
        var created = new ClaimEvent(id, draft.Title.Trim(), Blank(draft.Note), draft.ClaimIds, draft.StatusOverride, Blank(draft.OverrideReason), now, now, version);
        Check(tx, created);
        if (!tx.Insert(created))
        {
            throw new EventConflictException(id, tx.Find(id), $"An event with the id '{id}' already exists.");
        }

        tx.AppendHistory(id, version, now, actor, HistoryAction.Create, null, created);
        EventDerivation.Write(tx, created);
        return created;
    }

    public ClaimEvent Update(EventTables tx, string id, int expectedVersion, EventDraft draft, string? actor)
    {
        var old = CurrentAt(tx, id, expectedVersion);
        var now = claims.Now();
        var updated = old with
        {
            Title = draft.Title.Trim(),
            Note = Blank(draft.Note),
            ClaimIds = draft.ClaimIds,
            StatusOverride = draft.StatusOverride,
            OverrideReason = Blank(draft.OverrideReason),
            UpdatedAt = now,
            Version = expectedVersion + 1,
        };
        Check(tx, updated);
        if (!tx.Update(updated, expectedVersion))
        {
            throw Moved(tx, id, expectedVersion);
        }

        tx.AppendHistory(id, updated.Version, now, actor, HistoryAction.Update, old, updated);
        EventDerivation.Write(tx, updated);
        return updated;
    }

    public void Delete(EventTables tx, string id, int expectedVersion, string? actor)
    {
        var old = CurrentAt(tx, id, expectedVersion);
        if (!tx.Delete(id, expectedVersion))
        {
            throw Moved(tx, id, expectedVersion);
        }

        tx.AppendHistory(id, expectedVersion + 1, claims.Now(), actor, HistoryAction.Delete, old, null);
    }

    public void Reject(EventTables tx, string eventId, string claimId, string? actor)
    {
        if (!tx.Exists(eventId))
        {
            throw new EventNotFoundException(eventId);
        }

        if (tx.Claims([claimId]).Count == 0)
        {
            throw new ClaimNotFoundException(claimId);
        }

        tx.Reject(eventId, claimId, claims.Now(), actor);
    }

    /// <summary>Checks every rule of the event; throws with every problem found.</summary>
    private static void Check(EventTables tx, ClaimEvent e)
    {
        var problems = new List<FieldProblem>();
        if (e.Title.Length == 0 || e.Title.Length > MaxTitleLength)
        {
            problems.Add(new FieldProblem("title", $"give a title of 1 to {MaxTitleLength} characters"));
        }

        if (!ClaimId.IsValid(e.Id))
        {
            problems.Add(new FieldProblem("id", $"'{e.Id}' is not an id of lower-case letters, digits and hyphens"));
        }

        CheckOverride(e, problems);
        CheckClaims(tx, e, problems);
        if (problems.Count > 0)
        {
            throw new StoreValidationException(problems);
        }
    }

    private static void CheckOverride(ClaimEvent e, List<FieldProblem> problems)
    {
        if (e.StatusOverride is { } status && !ClaimVocabulary.Statuses.Contains(status))
        {
            problems.Add(new FieldProblem("statusOverride", $"'{status}' is not one of {string.Join(", ", ClaimVocabulary.Statuses)}"));
        }

        if (e.StatusOverride is not null && e.OverrideReason is null)
        {
            problems.Add(new FieldProblem("overrideReason", "give the reason for overriding the derived status"));
        }
        else if (e.StatusOverride is null && e.OverrideReason is not null)
        {
            problems.Add(new FieldProblem("statusOverride", "a reason was given but no status to override with"));
        }
    }

    private static void CheckClaims(EventTables tx, ClaimEvent e, List<FieldProblem> problems)
    {
        if (e.ClaimIds.Count > ClaimEvent.MaxClaims)
        {
            problems.Add(new FieldProblem("claims", $"an event holds at most {ClaimEvent.MaxClaims} claims, not {e.ClaimIds.Count}"));
            return;
        }

        var found = tx.Claims(e.ClaimIds);
        var owners = tx.EventsOf(e.ClaimIds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < e.ClaimIds.Count; i++)
        {
            var claimId = e.ClaimIds[i];
            if (!seen.Add(claimId))
            {
                problems.Add(new FieldProblem($"claims[{i}]", $"'{claimId}' is listed twice"));
            }
            else if (!found.ContainsKey(claimId))
            {
                problems.Add(new FieldProblem($"claims[{i}]", $"there is no claim '{claimId}'"));
            }
            else if (owners.TryGetValue(claimId, out var owner) && owner != e.Id)
            {
                problems.Add(new FieldProblem($"claims[{i}]", $"claim '{claimId}' already belongs to event '{owner}'; a claim belongs to at most one event"));
            }
        }
    }

    private static ClaimEvent CurrentAt(EventTables tx, string id, int expectedVersion)
    {
        var current = tx.Find(id) ?? throw new EventNotFoundException(id);
        return current.Version == expectedVersion ? current : throw Conflict(id, current, expectedVersion);
    }

    private static EventConflictException Moved(EventTables tx, string id, int expectedVersion) =>
        tx.Find(id) is { } current ? Conflict(id, current, expectedVersion) : new EventConflictException(id, null, $"Event '{id}' was deleted by another writer since it was read.");

    private static EventConflictException Conflict(string id, ClaimEvent current, int expectedVersion) =>
        new(id, current, $"Event '{id}' is at version {current.Version}, not {expectedVersion}; it was changed since it was read.");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
