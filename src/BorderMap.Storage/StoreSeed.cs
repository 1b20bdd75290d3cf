using BorderMap.Core.Claims;
using BorderMap.Core.Events;
using BorderMap.Core.Geodata;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>
/// What a new, empty store is filled with on first use: the shipped sources, their claims and the
/// events grouping them. The claims and events may be read only when a store is actually seeded
/// (<see cref="Deferred"/>): validating thousands of seed claims at every start of a verb whose
/// store already exists would be wasted.
/// </summary>
public sealed record StoreSeed
{
    private readonly Lazy<(IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimEvent> Events)> _content;

    public StoreSeed(IReadOnlyList<Source> sources, IReadOnlyList<Claim> claims)
        : this(sources, () => (claims, []))
    {
    }

    private StoreSeed(IReadOnlyList<Source> sources, Func<(IReadOnlyList<Claim>, IReadOnlyList<ClaimEvent>)> content)
    {
        Sources = sources;
        _content = new(content);
    }

    public static StoreSeed Empty { get; } = new([], []);

    public IReadOnlyList<Source> Sources { get; init; }

    public IReadOnlyList<Claim> Claims => _content.Value.Claims;

    /// <summary>The shipped events, written after the claims.</summary>
    public IReadOnlyList<ClaimEvent> Events => _content.Value.Events;

    public static StoreSeed From(BorderMapData data) => new(data.Sources, () => (data.Claims, data.Events));

    /// <summary>A seed whose claims and events are loaded (and may raise their errors) the first time a store asks for them.</summary>
    public static StoreSeed Deferred(IReadOnlyList<Source> sources, Func<(IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimEvent> Events)> content) =>
        new(sources, content);

    /// <summary>The seed claims as import drafts that keep their ids and bookkeeping.</summary>
    public IReadOnlyList<ClaimDraft> ClaimDrafts() =>
        [.. Claims.Select(ClaimDraft.Of)];
}
