using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>
/// Turns a <see cref="ClaimDraft"/> into a placed <see cref="Claim"/> with the bookkeeping the store
/// chose, or reports why it cannot be stored. Backends call it inside their write transaction, so a
/// claim that fails any rule of <see cref="ClaimValidator"/> never reaches the store.
/// </summary>
public sealed class ClaimPreparer(AreaCatalog areas)
{
    private readonly ClaimPlacer _placer = new(areas);

    /// <summary>The id a draft without one gets: its title as a slug, made unique with <paramref name="isTaken"/>.</summary>
    public static string DeriveId(ClaimDraft draft, Func<string, bool> isTaken) =>
        draft.Id ?? Slug.Unique(Slug.From(draft.Data.Title, 60, "claim"), candidate => ClaimId.Reserved.Contains(candidate) || isTaken(candidate));

    /// <summary>The placed claim, or the problems that keep it out of the store.</summary>
    public (Claim? Claim, IReadOnlyList<FieldProblem> Problems) Prepare(
        string id, ClaimDraft draft, Func<string, Source?> findSource, DateTimeOffset createdAt, DateTimeOffset updatedAt, int version)
    {
        var problems = new List<FieldProblem>();
        if (ClaimId.Problem(id) is { } idProblem)
        {
            problems.Add(new FieldProblem("id", $"'{id}': {idProblem}"));
        }

        var quote = draft.Data.Quote;
        if (findSource(draft.Data.Source) is { } source && QuoteLocator.Locate(quote, source) is var (located, problem))
        {
            if (problem is not null)
            {
                problems.Add(problem);
                return (null, problems);
            }

            quote = located;
        }

        // One copy of the draft's data with everything the store sets: an import prepares every claim.
        var data = draft.Data with { CreatedAt = createdAt, UpdatedAt = updatedAt, Version = version, Quote = quote };

        // A claim with references is placed from them; a geometry sent along with them is that placement, echoed back.
        var geometry = data.Refs.Count > 0 ? null : draft.Geometry;
        problems.AddRange(new ClaimValidator(areas, findSource).Validate(data, geometry));
        return problems.Count > 0 ? (null, problems) : (_placer.Place(id, data, geometry), problems);
    }
}
