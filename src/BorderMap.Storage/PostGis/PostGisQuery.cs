using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The <c>WHERE</c> clause that selects the claims of a <see cref="ClaimQuery"/> in PostGIS, with
/// only the criteria the filter gives, each a plain index condition on a column written with the
/// claim (migration 3): the bounding box as <c>geom &amp;&amp; envelope</c> (GiST) then
/// <c>ST_Intersects</c>, the date window as an overlap with <c>period</c> (GiST), the region as a
/// lookup in <c>claim_areas</c> (which tests the dates and kinds on its own copies when there is no
/// box), the text as one <c>LIKE</c> per term on the trigram-indexed
/// <c>search_key</c>, actors as an overlap with the GIN-indexed <c>actor_keys</c>. Every read
/// (pages, facets, histogram, tiles) selects its claims with it, so they all agree.
/// </summary>
internal sealed class PostGisQuery
{
    private static readonly Dictionary<string, string> ListConditions = new(StringComparer.Ordinal)
    {
        ["categories"] = "c.category = ANY(@categories)",
        ["statuses"] = "c.status = ANY(@statuses)",
        ["precisions"] = "c.geo_precision = ANY(@precisions)",
        ["actors"] = "c.actor_keys && @actors",
        ["reliabilities"] = "c.source IN (SELECT id FROM sources WHERE reliability = ANY(@reliabilities))",
        ["credibilities"] = "c.credibility = ANY(@credibilities)",
        ["event_statuses"] = $"{Events.EventSchema.StatusOfClaim("c.id")} = ANY(@event_statuses)",
        ["single_source"] = $"({Events.EventSchema.SingleSourceClaim("c.id")}) = ANY(@single_source)",
    };

    /// <summary>The list criteria <c>claim_areas</c> holds copies of (<see cref="AreaFiltersMigration"/>), on its rows <c>r</c>.</summary>
    private static readonly Dictionary<string, string> RegionListConditions = new(StringComparer.Ordinal)
    {
        ["categories"] = "r.category = ANY(@categories)",
        ["statuses"] = "r.status = ANY(@statuses)",
        ["precisions"] = "r.geo_precision = ANY(@precisions)",
    };

    private readonly List<string> _conditions = [];

    private PostGisQuery()
    {
    }

    /// <summary>The parameters the conditions bind; a caller adds its own.</summary>
    public List<NpgsqlParameter> Parameters { get; } = [];

    /// <summary><c>WHERE …</c> on the claims aliased <c>c</c>, or <c>WHERE true</c> when nothing filters.</summary>
    public string Where => "WHERE " + Test;

    /// <summary>Whether any criterion filters.</summary>
    public bool HasConditions => _conditions.Count > 0;

    /// <summary>The conditions as one expression on the claims aliased <c>c</c>, <c>true</c> when nothing filters.</summary>
    public string Test => _conditions.Count == 0 ? "true" : string.Join("\n  AND ", _conditions);

    public static PostGisQuery Of(ClaimQuery query)
    {
        var sql = new PostGisQuery();
        if (query.Box is { } box)
        {
            sql.Add(
                "c.geom && ST_MakeEnvelope(@min_x, @min_y, @max_x, @max_y, 4326) AND ST_Intersects(c.geom, ST_MakeEnvelope(@min_x, @min_y, @max_x, @max_y, 4326))",
                new NpgsqlParameter("min_x", box.MinX), new NpgsqlParameter("min_y", box.MinY), new NpgsqlParameter("max_x", box.MaxX), new NpgsqlParameter("max_y", box.MaxY));
        }

        // Without a box, a region's rows test the dates and kinds themselves (migration 15), so that
        // a page walks the region's index in position order and reads only the claims that pass.
        // With a box they stay on the claims, where the GiST index takes the box and period together.
        var inRegion = new List<string> { "r.area_id = @region", "r.claim_fid = c.fid" };
        var onRegion = query.RegionId is not null && query.Box is null;
        if (query.HasDates)
        {
            // A closed range with a missing end is unbounded on that side: the filter's open ends.
            var period = onRegion ? "r.period" : "c.period";
            sql.AddTo(onRegion ? inRegion : sql._conditions, $"{period} && daterange(@from, @to, '[]')", Date("from", query.From), Date("to", query.To));
        }

        foreach (var (name, values) in query.Lists)
        {
            var parameter = new NpgsqlParameter(name, name == "precisions" ? values.Cast<int>().Select(p => (short)p).ToArray() : values);
            var copied = onRegion && RegionListConditions.ContainsKey(name);
            sql.AddTo(copied ? inRegion : sql._conditions, copied ? RegionListConditions[name] : ListConditions[name], parameter);
        }

        if (query.RegionId is { } region)
        {
            sql.Add($"EXISTS (SELECT 1 FROM claim_areas r WHERE {string.Join(" AND ", inRegion)})", new NpgsqlParameter("region", region));
        }

        // Not indexed: the source reader asks for one source's claims rarely, a page at a time.
        if (query.SourceId is { } source)
        {
            sql.Add("c.source = @source", new NpgsqlParameter("source", source));
        }

        sql.AddTerms(query.Terms ?? []);
        return sql;
    }

    /// <summary>The conditions of the search terms alone, as <see cref="Of"/> writes them.</summary>
    public static PostGisQuery OfTerms(string[] terms)
    {
        var sql = new PostGisQuery();
        sql.AddTerms(terms);
        return sql;
    }

    /// <summary>The expression of each sort field (<see cref="ClaimKeyset"/>), as migrations 8 and 25 index it with the fid.</summary>
    public static IReadOnlyDictionary<ClaimSortField, string> SortKeys { get; } = new Dictionary<ClaimSortField, string>
    {
        [ClaimSortField.Date] = "(c.event_date COLLATE \"C\")",
        [ClaimSortField.Place] = "(c.place COLLATE \"C\")",
        [ClaimSortField.Title] = "(c.title COLLATE \"C\")",
        [ClaimSortField.Category] = "(c.category COLLATE \"C\")",
        [ClaimSortField.Status] = "(c.status COLLATE \"C\")",
    };

    /// <summary>Terms hold only letters and digits (ClaimSearchKey), so none carries a LIKE wildcard.</summary>
    private void AddTerms(string[] terms)
    {
        foreach (var (term, i) in terms.Select((t, i) => (t, i)))
        {
            Add($"c.search_key LIKE @term_{i}", new NpgsqlParameter($"term_{i}", "%" + term + "%"));
        }
    }

    /// <summary>Adds a condition the caller needs beyond the filter (a position, a tile).</summary>
    public void Add(string condition, params NpgsqlParameter[] parameters) => AddTo(_conditions, condition, parameters);

    /// <summary>Adds a condition to <paramref name="conditions"/> (the claims' or a subquery's) and its parameters to the query's.</summary>
    private void AddTo(List<string> conditions, string condition, params NpgsqlParameter[] parameters)
    {
        conditions.Add(condition);
        Parameters.AddRange(parameters);
    }

    private static NpgsqlParameter Date(string name, DateOnly? day) => new(name, NpgsqlDbType.Date) { Value = day is { } d ? d : DBNull.Value };
}
