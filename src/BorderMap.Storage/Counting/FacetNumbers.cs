using System.Runtime.InteropServices;

namespace BorderMap.Storage.Counting;

/// <summary>
/// Small numbers for the facets of the claims a large import counts in memory (<see cref="MembershipCounts"/>,
/// <see cref="CellCounts"/>): what a count row shares with every claim counted in it besides its area or cell — its first and
/// last day, category, status and precision — numbered when first met, so that a row's key is a few numbers, not five texts.
/// Not thread-safe: it belongs to the counting thread.
/// </summary>
internal sealed class FacetNumbers
{
    private readonly Dictionary<Facet, int> _numbers = [];
    private readonly List<Facet> _facets = [];

    /// <summary>The number of the claim's facet: the next one when first met.</summary>
    public int Of(ICountedClaim claim)
    {
        var facet = new Facet(claim.FirstDay, claim.LastDay, claim.Category, claim.Status, claim.Precision ?? throw new ArgumentException("a claim without a precision has no facet", nameof(claim)));
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, facet, out var known);
        if (!known)
        {
            number = _facets.Count;
            _facets.Add(facet);
        }

        return number;
    }

    /// <summary>Adds the facet numbered <paramref name="number"/> to a row, in the count tables' column order: start_day, end_day, category, status, geo_precision.</summary>
    public ICountRows AddTo(ICountRows row, int number)
    {
        var facet = _facets[number];
        return row.Add(facet.FirstDay).Add(facet.LastDay).Add(facet.Category).Add(facet.Status).Add(facet.GeoPrecision);
    }

    /// <summary>Forgets every number: the next facet met is 0 again.</summary>
    public void Clear()
    {
        _numbers.Clear();
        _facets.Clear();
    }

    private readonly record struct Facet(string FirstDay, string LastDay, string Category, string Status, int GeoPrecision);
}
