using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>What a new, empty store is filled with on first use: the shipped sources and their claims.</summary>
public sealed record StoreSeed(IReadOnlyList<Source> Sources, IReadOnlyList<Claim> Claims)
{
    public static StoreSeed Empty { get; } = new([], []);

    public static StoreSeed From(BorderMapData data) => new(data.Sources, data.Claims) { Events = data.Events };

    /// <summary>The shipped events, written after the claims.</summary>
    public IReadOnlyList<Core.Events.ClaimEvent> Events { get; init; } = [];

    /// <summary>The seed claims as import drafts that keep their ids and bookkeeping.</summary>
    public IReadOnlyList<ClaimDraft> ClaimDrafts() =>
        [.. Claims.Select(ClaimDraft.Of)];
}
