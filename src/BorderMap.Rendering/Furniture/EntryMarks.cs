using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// What a quote panel entry says after "source": the claim's source key, its Admiralty code when
/// its source or the claim is rated, and the number of its event ("S1 · Admiralty B2 · event E1").
/// </summary>
internal sealed record EntryMarks(Dictionary<string, string> SourceKeys, Dictionary<string, Source> Sources, Dictionary<string, string> EventNumbers, IReadOnlyList<ExportEvent> Events)
{
    private readonly Dictionary<string, string> _eventOf = NumberedKeys.EventOfClaim(Events);

    /// <summary>The id of the event the claim belongs to, or null.</summary>
    public string? EventOf(string claimId) => _eventOf.GetValueOrDefault(claimId);

    public string For(Claim claim)
    {
        var mark = SourceKeys[claim.Data.Source];
        if (InformationCredibility.Code(Sources.GetValueOrDefault(claim.Data.Source)?.Reliability, claim.Data.Credibility) is { } code)
        {
            mark += $" · Admiralty {code}";
        }

        return EventOf(claim.Id) is { } id && EventNumbers.TryGetValue(id, out var number) ? $"{mark} · event {number}" : mark;
    }
}
