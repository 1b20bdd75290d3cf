using System.Runtime.InteropServices;

namespace BorderMap.Storage.GeoPackage;

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
    public int Of(DerivedRows.Values values)
    {
        var facet = new Facet(values.FirstDay, values.LastDay, values.Category, values.Status, values.GeoPrecision);
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, facet, out var known);
        if (!known)
        {
            number = _facets.Count;
            _facets.Add(facet);
        }

        return number;
    }

    /// <summary>Adds the facet numbered <paramref name="number"/> to a row, in the count tables' column order: start_day, end_day, category, status, geo_precision.</summary>
    public RowInserter AddTo(RowInserter row, int number)
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
