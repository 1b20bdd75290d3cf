using System.Runtime.InteropServices;

namespace BorderMap.Storage.Counting;

/// <summary>
/// The <c>claim_days</c> and <c>claim_area_values</c> rows of the claims a large import counts in memory, in either backend
/// (the GeoPackage's counting thread, <see cref="GeoPackage.SideCounts"/>; the PostGIS import's ordered pass,
/// <see cref="PostGis.ImportCounts"/>), as the claims come instead of grouped by the database at the end: there each count was
/// a sort of rows keyed by five or more text columns, most of the counting's CPU (bench/RESULTS.md). Here a claim's facet (its
/// days, category, status and precision) and each area and actor name get a small number when first met, and a row is a key of
/// such numbers.
/// <para>
/// Memory does not grow with the import: once its bound of rows is counted, they are written as one batch
/// (<see cref="ICountRows"/>) and the counting starts over, names and facets too. The same rows as
/// <see cref="GeoPackage.DayCountSchema.FillFrom"/> and <see cref="GeoPackage.AreaValueSchema.FillFrom"/> give for the same
/// claims, and PostgreSQL's fills. Not thread-safe: it belongs to one thread.
/// </para>
/// </summary>
internal sealed class MembershipCounts : IDisposable
{
    /// <summary>The rows kept before they are written (each a key of four small numbers and a count: a few MiB at most); at 100,000 claims of the import benchmark there are about 19,000 in all.</summary>
    public const int Bound = 1 << 17;

    private readonly int _bound;
    private readonly ICountRows _days;
    private readonly ICountRows _values;
    private readonly FacetNumbers _facets = new();
    private readonly Dictionary<string, int> _nameNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly Dictionary<Row, int> _counts;

    /// <summary>The numbers of the claim's areas, reused from claim to claim.</summary>
    private readonly List<int> _areas = [];

    /// <param name="days">where the <c>claim_days</c> rows go, in its columns' order (area, the facet's five, count); disposed with this.</param>
    /// <param name="values">where the <c>claim_area_values</c> rows go (area, the facet's five, kind, value, count); disposed with this.</param>
    /// <param name="bound">the rows kept before they are written (<see cref="Bound"/>; smaller in tests, larger where a batch written costs more).</param>
    public MembershipCounts(ICountRows days, ICountRows values, int bound = Bound)
    {
        _bound = bound;
        // Sized once up to the GeoPackage's bound: grown step by step, its arrays were new large objects again and again, each counted
        // towards the next full collection, and the import's peak memory was ~45 MiB higher than without them (bench/RESULTS.md).
        _counts = new Dictionary<Row, int>(Math.Min(bound, Bound));
        (_days, _values) = (days, values);
    }

    /// <summary>
    /// Counts one claim: in <c>''</c> (every claim) and each of its areas; its actors there; each pair of its areas both ways.
    /// A claim without a precision counts in none, as in the SQL fills.
    /// </summary>
    public void Add(IReadOnlyList<string> areaIds, ICountedClaim claim)
    {
        if (claim.Precision is null)
        {
            return;
        }

        if (_counts.Count >= _bound)
        {
            Write();
        }

        var facet = _facets.Of(claim);
        _areas.Clear();
        foreach (var area in areaIds)
        {
            _areas.Add(NameNumber(area));
        }

        var everywhere = NameNumber(string.Empty);
        Count(new Row(Kind.Day, everywhere, facet, 0));
        foreach (var area in _areas)
        {
            Count(new Row(Kind.Day, area, facet, 0));
        }

        for (var actor = 0; actor < claim.ActorCount; actor++)
        {
            var name = NameNumber(claim.Actor(actor));
            Count(new Row(Kind.Actor, everywhere, facet, name));
            foreach (var area in _areas)
            {
                Count(new Row(Kind.Actor, area, facet, name));
            }
        }

        foreach (var area in _areas)
        {
            foreach (var other in _areas)
            {
                if (other != area)
                {
                    Count(new Row(Kind.Area, area, facet, other));
                }
            }
        }
    }

    /// <summary>Adds the rows counted to the tables and starts over.</summary>
    public void Write()
    {
        foreach (var (row, count) in _counts)
        {
            var inserter = row.Kind == Kind.Day ? _days : _values;
            _facets.AddTo(inserter.Add(_names[row.Area]), row.Facet);
            if (row.Kind != Kind.Day)
            {
                inserter.Add(row.Kind == Kind.Actor ? "actor" : "area").Add(_names[row.Value]);
            }

            inserter.Add(count);
        }

        _days.Flush();
        _values.Flush();
        _counts.Clear();
        _facets.Clear();
        _nameNumbers.Clear();
        _names.Clear();
    }

    public void Dispose()
    {
        _days.Dispose();
        _values.Dispose();
    }

    private void Count(Row row) => CollectionsMarshal.GetValueRefOrAddDefault(_counts, row, out _)++;

    /// <summary>The number of an area's or actor's name: the next one when first met.</summary>
    private int NameNumber(string name)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_nameNumbers, name, out var known);
        if (!known)
        {
            number = _names.Count;
            _names.Add(name);
        }

        return number;
    }

    /// <summary>A <c>claim_days</c> row (<see cref="Kind.Day"/>) or a <c>claim_area_values</c> row of either kind, by numbers; a day row's value is 0.</summary>
    private readonly record struct Row(Kind Kind, int Area, int Facet, int Value);

    private enum Kind : byte
    {
        Day,
        Actor,
        Area,
    }
}
