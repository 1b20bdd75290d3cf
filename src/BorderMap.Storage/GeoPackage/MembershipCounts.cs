using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The <c>claim_days</c> and <c>claim_area_values</c> rows of the claims a large import counts aside
/// (<see cref="SideCounts"/>), counted in memory as the claims come instead of grouped by SQLite at the
/// end: there each count was a sort of 100,000–144,000 rows keyed by five or more text columns, most of
/// the counting's CPU (bench/RESULTS.md), and the claims' area and actor rows had to be written to the
/// scratch database first. Here a claim's facet (its days, category, status and precision) and each
/// area and actor name get a small number when first met, and a row is a key of such numbers.
/// <para>
/// Memory does not grow with the import: once <see cref="Bound"/> rows are counted, they are added to
/// the tables (each count to the one stored there) and the counting starts over, names and facets
/// too; the tables hold the sums. The same rows as <see cref="DayCountSchema.FillFrom"/> and
/// <see cref="AreaValueSchema.FillFrom"/> give for the same claims. Not thread-safe: it belongs to the
/// counting thread and its connection.
/// </para>
/// </summary>
internal sealed class MembershipCounts : IDisposable
{
    /// <summary>The rows kept before they are written (each a key of four small numbers and a count: a few MiB at most); at 100,000 claims of the import benchmark there are about 19,000 in all.</summary>
    public const int Bound = 1 << 17;

    private readonly int _bound;
    private readonly RowInserter _days;
    private readonly RowInserter _values;
    private readonly FacetNumbers _facets = new();
    private readonly Dictionary<string, int> _nameNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly Dictionary<Row, int> _counts;

    /// <summary>The numbers of the claim's areas, reused from claim to claim.</summary>
    private readonly List<int> _areas = [];

    /// <param name="bound">the rows kept before they are written (<see cref="Bound"/>; smaller in tests).</param>
    public MembershipCounts(SqliteConnection connection, int bound = Bound)
    {
        _bound = bound;
        // Sized once: grown step by step, its arrays were new large objects again and again, each counted towards the next full
        // collection, and the import's peak memory was ~45 MiB higher than without them (bench/RESULTS.md).
        _counts = new Dictionary<Row, int>(bound);
        _days = new RowInserter(connection, DayCountSchema.Into, 7, upsert: DayCountSchema.AddCounts);
        _values = new RowInserter(connection, AreaValueSchema.Into, 9, upsert: AreaValueSchema.AddCounts);
    }

    /// <summary>Counts one claim: in <c>''</c> (every claim) and each of its areas; its actors there; each pair of its areas both ways.</summary>
    public void Add(IReadOnlyList<string> areaIds, DerivedRows.Values values)
    {
        if (_counts.Count >= _bound)
        {
            Write();
        }

        var facet = _facets.Of(values);
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

        foreach (var (actor, _) in values.Actors)
        {
            var name = NameNumber(actor);
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
