using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage;

/// <summary>
/// A claim as a client or a file gives it, before the store validates and places it.
/// <list type="bullet">
/// <item><see cref="Id"/> may be null: the store then derives one from the title.</item>
/// <item><see cref="Geometry"/> is ignored when <see cref="ClaimData.Refs"/> is not empty, because then it is the placement the store derives from the references.</item>
/// <item>Quote offsets of <see cref="MissingOffset"/> mean "not given": the store finds them when the text occurs exactly once in the source.</item>
/// <item>The bookkeeping fields of <see cref="Data"/> (<c>createdAt</c>, <c>updatedAt</c>, <c>version</c>) are set by the store. Only an import keeps them, for claims it creates with a version of 1 or more, so that an exported store imports back unchanged.</item>
/// </list>
/// </summary>
public sealed record ClaimDraft(string? Id, ClaimData Data, Geometry? Geometry)
{
    public const int MissingOffset = -1;

    /// <summary>
    /// A stored claim as a draft that keeps its id and bookkeeping, for copying it into another
    /// store: a claim placed by references is sent without the geometry derived from them.
    /// </summary>
    public static ClaimDraft Of(Claim claim) => new(claim.Id, claim.Data, claim.Data.Refs.Count > 0 ? null : claim.Geometry);

    /// <summary>True when the draft carries bookkeeping from an earlier store (an export).</summary>
    public bool HasBookkeeping => Data.Version > 0;
}
