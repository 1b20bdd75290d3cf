using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// A <see cref="ClaimQuery"/> as SQL conditions on <c>claim_summary s</c>, the narrow table of
/// derived values (<see cref="DerivedSchema"/>), which every GeoPackage read starts from: pages,
/// facets, histograms and tiles share these conditions. Each criterion is an index lookup: the
/// bounding box and dates an R-tree of envelopes and days, the region <c>claim_areas</c>, actors <c>claim_actors</c>,
/// the text the FTS5 trigram index; dates, categories, statuses and precisions are columns of
/// <c>s</c>. The one exact test SQLite cannot do, whether a line or polygon whose envelope crosses
/// the box edge really meets the box, calls NTS (<c>bordermap_in_box</c>) for those few claims only.
/// </summary>
internal sealed class GeoPackageQuery
{
    private readonly List<string> _conditions = [];

    /// <summary>The text criterion as tests on <c>claim_search t</c>; null without one.</summary>
    private string? _textTests;

    /// <summary>The condition of the box's candidates from the R-tree, one of <see cref="_conditions"/>, which only narrows what the box's exact test keeps; null without a box.</summary>
    private string? _candidates;

    private GeoPackageQuery(Envelope? box) => Box = box;

    /// <summary>The filter's box, which <see cref="RegisterFunctions"/> tests claims against.</summary>
    public Envelope? Box { get; }

    public Dictionary<string, object> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the query lets every claim pass, so an aggregate can skip <c>claim_summary</c>.</summary>
    public bool IsEmpty => _conditions.Count == 0 && _textTests is null;

    /// <summary>
    /// Whether every criterion is a test of one claim's own rows (<see cref="ClaimTest"/>): the box,
    /// dates, categories, statuses, precisions and text. The others (a region, actors, a source,
    /// reliabilities, credibilities, event statuses) list their claims in a subquery.
    /// </summary>
    public bool TestsEachClaim { get; private set; } = true;

    /// <summary>
    /// The criteria as a test of the claim <c>s</c> alone, without the indexes that list candidates:
    /// the box's exact test without the R-tree, the text on the claim's own search key. For a walk
    /// that visits claims one by one and stops early, where a list of every claim in the box or with
    /// the word would be built first and cost what the walk saves. Meaningful when <see cref="TestsEachClaim"/>.
    /// </summary>
    public string ClaimTest => And([.. _conditions.Where(c => !ReferenceEquals(c, _candidates)), .. _textTests is null ? [] : new[] { $"(SELECT {_textTests} FROM claim_search t WHERE t.rowid = s.claim_fid)" }]);

    public static GeoPackageQuery Of(ClaimQuery query)
    {
        var sql = new GeoPackageQuery(query.Box);
        if (query.Box is { } box)
        {
            sql.AddBox(box, query.From, query.To);
        }

        // Stored dates are YYYY-MM-DD text, so text order is date order.
        if (query.From is { } from)
        {
            sql.Add("s.end_day >= $from", ("$from", Core.IsoDate.Format(from)));
        }

        if (query.To is { } to)
        {
            sql.Add("s.start_day <= $to", ("$to", Core.IsoDate.Format(to)));
        }

        foreach (var (name, values) in query.Lists)
        {
            sql.Add(ListConditions[name], ("$" + name, JsonSerializer.Serialize(values)));
            sql.TestsEachClaim &= ColumnLists.Contains(name);
        }

        sql.TestsEachClaim &= query is { RegionId: null, SourceId: null };

        if (query.RegionId is { } region)
        {
            // The region's rows hold the claims' days, so the dates narrow the region's claims before any is looked up.
            var days = (query.From is null ? string.Empty : " AND end_day >= $from") + (query.To is null ? string.Empty : " AND start_day <= $to");
            sql.Add($"s.claim_fid IN (SELECT claim_fid FROM claim_areas WHERE area_id = $region{days})", ("$region", region));
        }

        // Not indexed: the source reader asks for one source's claims rarely, a page at a time.
        if (query.SourceId is { } source)
        {
            sql.Add("s.claim_fid IN (SELECT fid FROM claims WHERE source = $source)", ("$source", source));
        }

        if (query.Terms is { Length: > 0 } terms)
        {
            sql.AddTerms(terms);
        }

        return sql;
    }

    /// <summary>The conditions on <c>s</c> joined with AND, after <paramref name="first"/> ones of the caller's; "1" when there are none.</summary>
    public string Where(params string[] first) =>
        And([.. first, .. _conditions, .. _textTests is null ? [] : new[] { $"s.claim_fid IN (SELECT rowid FROM claim_search t WHERE {_textTests})" }]);

    /// <summary>
    /// The <c>FROM … ORDER BY</c> of a page after <c>$after</c> that selects from <c>claims c</c>, or
    /// from <c>claim_pages j</c> alone when <paramref name="pages"/>, without reading the claim rows.
    /// With a text criterion the page is read from the trigram index in rowid (fid) order, which
    /// FTS5 delivers lazily: a page of a common word stops after its first matches instead of
    /// collecting every claim that has the word.
    /// </summary>
    public string PageSource(bool pages = false) => PageSource(pages ? PagesJoin : "JOIN claims c ON c.fid");

    /// <summary>The page items of a page's claims, on their fid: a claim without one comes out null, not missing.</summary>
    private const string PagesJoin = "LEFT JOIN claim_pages j ON j.claim_fid";

    private string PageSource(string joined) => _textTests is null
        ? $"claim_summary s {joined} = s.claim_fid\nWHERE {Where("s.claim_fid > $after")}\nORDER BY s.claim_fid"
        : $"claim_search t JOIN claim_summary s ON s.claim_fid = t.rowid {joined} = t.rowid\nWHERE {And(["t.rowid > $after", _textTests, .. _conditions])}\nORDER BY t.rowid";

    /// <summary>The stored column of each sort field (<see cref="ClaimKeyset"/>), each indexed with the fid (<see cref="SortIndexes"/>).</summary>
    public static IReadOnlyDictionary<ClaimSortField, string> SortKeys { get; } = new Dictionary<ClaimSortField, string>
    {
        [ClaimSortField.Date] = "c.eventDate",
        [ClaimSortField.Place] = "c.place",
        [ClaimSortField.Title] = "c.title",
        [ClaimSortField.Category] = "c.category",
        [ClaimSortField.Status] = "c.status",
    };

    /// <summary>
    /// A sorted page of <paramref name="columns"/> of <c>claims c</c> (and of <c>claim_pages j</c> when
    /// <paramref name="pages"/>) and the fid: the first page
    /// walks the sort's index from its start; a later one joins two walks from the cursor (its ties,
    /// then the keys beyond), each stopping once it has <c>$limit</c> claims that meet the filter.
    /// A date-sorted page under a date window splits each walk in two (<see cref="DateWalks"/>).
    /// </summary>
    public string SortedPage(ClaimKeyset keyset, string columns, bool pages = false)
    {
        const string Claims = "claims c JOIN claim_summary s ON s.claim_fid = c.fid";
        var join = PageJoin(pages);
        var key = SortKeys[keyset.Sort.Field];
        string[] cursor = keyset.After is null ? [] : [keyset.Ties(SortKeys, "c.fid", '$'), keyset.Beyond(SortKeys, '$')];
        var dates = keyset.Sort.Field == ClaimSortField.Date ? DateWalks() : [];
        if (cursor.Length == 0 && dates.Length == 0)
        {
            return $"SELECT {columns}, c.fid FROM {Claims}{join}\nWHERE {Where()}\n{keyset.OrderBy(SortKeys, "c.fid")} LIMIT $limit";
        }

        string Walk((string Source, string[] Conditions) walk) =>
            $"SELECT * FROM (SELECT c.fid AS page_fid, {key} AS page_key FROM {walk.Source}\nWHERE {Where(walk.Conditions)}\n{keyset.OrderBy(SortKeys, "c.fid")} LIMIT $limit)";
        var walks = (cursor.Length == 0 ? [string.Empty] : cursor).SelectMany(after => (dates.Length == 0 ? [(Claims, [])] : dates)
            .Select(d => (d.Source, after.Length == 0 ? d.Conditions : [after, .. d.Conditions])));
        return $"SELECT {columns}, c.fid FROM ({string.Join("\nUNION ALL ", walks.Select(Walk))}) AS p\n"
            + $"JOIN claims c ON c.fid = p.page_fid{join}\n{GeoPackageSortWalk.PageOrder(keyset)} LIMIT $limit";
    }

    /// <summary>The join of a page's claims <c>c</c> to their page items <c>j</c> when <paramref name="pages"/>, else none.</summary>
    public static string PageJoin(bool pages) => pages ? $"\n{PagesJoin} = c.fid" : string.Empty;

    /// <summary>
    /// The two walks of a date-sorted page under a date window, or none without one. A claim's
    /// period may be wider than its event date (<see cref="Core.Claims.ClaimPeriod"/>), so walking
    /// the date index until a page of claims meets the window reads every claim dated beyond it.
    /// Nearly every claim is dated to one day, its period its event date: those are a range of the
    /// date index between the window's ends. The few others come from their own partial index
    /// (<see cref="SortIndexes"/>), named, as SQLite would rather walk the date index in order.
    /// With a box, the R-tree of envelopes and days finds the claims in both at once instead.
    /// </summary>
    private (string Source, string[] Conditions)[] DateWalks()
    {
        if (Box is not null || (!Parameters.ContainsKey("$from") && !Parameters.ContainsKey("$to")))
        {
            return [];
        }

        string[] range = [.. new[] { (Bound: "$from", Comparison: ">="), (Bound: "$to", Comparison: "<=") }
            .Where(end => Parameters.ContainsKey(end.Bound)).Select(end => $"c.eventDate {end.Comparison} {end.Bound}")];
        return
        [
            ("claims c JOIN claim_summary s ON s.claim_fid = c.fid", ["s.start_day = s.end_day", .. range]),
            ($"claim_summary s INDEXED BY {SortIndexes.WideDays} JOIN claims c ON c.fid = s.claim_fid", [SortIndexes.WidePeriod]),
        ];
    }

    /// <summary>Registers the box test the SQL calls; it belongs to this query, so it is registered anew on each use of a pooled connection.</summary>
    public void RegisterFunctions(SqliteConnection connection)
    {
        if (Box is { } envelope)
        {
            var box = GeometryFactory.Default.ToGeometry(envelope);
            connection.CreateFunction("bordermap_in_box", (byte[] blob) => box.Intersects(GeometryBlob.Read(blob)), isDeterministic: true);
        }
    }

    /// <summary>The list criteria that are columns of <c>s</c>.</summary>
    private static readonly HashSet<string> ColumnLists = new(StringComparer.Ordinal) { "categories", "statuses", "precisions" };

    private const string ClaimIdOfSummary = "(SELECT id FROM claims WHERE fid = s.claim_fid)";

    /// <summary>The test of each list criterion against its parameter, a JSON array.</summary>
    private static readonly Dictionary<string, string> ListConditions = new(StringComparer.Ordinal)
    {
        ["categories"] = "s.category IN (SELECT value FROM json_each($categories))",
        ["statuses"] = "s.status IN (SELECT value FROM json_each($statuses))",
        ["precisions"] = "s.geo_precision IN (SELECT value FROM json_each($precisions))",
        ["actors"] = "s.claim_fid IN (SELECT claim_fid FROM claim_actors WHERE actor_key IN (SELECT value FROM json_each($actors)))",
        // Sources are few: the rated ones are found first, then their claims through claims (source, id).
        ["reliabilities"] = "s.claim_fid IN (SELECT fid FROM claims WHERE source IN (SELECT id FROM sources WHERE reliability IN (SELECT value FROM json_each($reliabilities))))",
        ["credibilities"] = "s.claim_fid IN (SELECT fid FROM claims WHERE credibility IN (SELECT value FROM json_each($credibilities)))",
        // A JSON true is 1 in SQL, what a true comparison is.
        ["event_statuses"] = $"{Events.EventSchema.StatusOfClaim(ClaimIdOfSummary)} IN (SELECT value FROM json_each($event_statuses))",
        ["single_source"] = $"({Events.EventSchema.SingleSourceClaim(ClaimIdOfSummary)}) IN (SELECT value FROM json_each($single_source))",
    };

    /// <summary>
    /// The candidates of the R-tree of envelopes and days (float32 bounds rounded outwards, so it
    /// never drops a claim), which narrows by box and dates at once; then the exact envelope:
    /// inside the box it meets the box; crossing its edge, NTS decides. The exact date tests follow.
    /// </summary>
    private void AddBox(Envelope box, DateOnly? from, DateOnly? to)
    {
        var days = (from is null ? string.Empty : " AND last_day >= $from_day") + (to is null ? string.Empty : " AND first_day <= $to_day");
        _candidates = $"s.claim_fid IN (SELECT id FROM claim_extents WHERE west <= $max_x AND east >= $min_x AND south <= $max_y AND north >= $min_y{days})";
        Add(_candidates);
        Add(
            $"""
            s.west <= $max_x AND s.east >= $min_x AND s.south <= $max_y AND s.north >= $min_y
              AND ((s.west >= $min_x AND s.east <= $max_x AND s.south >= $min_y AND s.north <= $max_y)
                OR bordermap_in_box((SELECT geom FROM claims WHERE fid = s.claim_fid)))
            """,
            ("$min_x", box.MinX),
            ("$min_y", box.MinY),
            ("$max_x", box.MaxX),
            ("$max_y", box.MaxY),
            ("$from_day", from?.DayNumber ?? 0),
            ("$to_day", to?.DayNumber ?? 0));
    }

    /// <summary>
    /// Every term must be a substring of the key. Terms of three or more characters go to the
    /// trigram index as <c>GLOB '*term*'</c>, which FTS5 answers from the index and then checks on
    /// the key, so it is exact; shorter ones have no trigram and are checked with <c>instr</c> on
    /// what the others found (or on every key, when all terms are short).
    /// </summary>
    private void AddTerms(string[] terms)
    {
        _textTests = string.Join(" AND ", terms.Select((term, i) => term.Length >= 3 ? $"t.key GLOB $term{i}" : $"instr(t.key, $term{i}) > 0"));
        for (var i = 0; i < terms.Length; i++)
        {
            Parameters[$"$term{i}"] = terms[i].Length >= 3 ? $"*{terms[i]}*" : terms[i];
        }
    }

    private static string And(IReadOnlyList<string> conditions) => conditions.Count == 0 ? "1" : string.Join("\n  AND ", conditions);

    private void Add(string condition, params (string Name, object Value)[] parameters)
    {
        _conditions.Add(condition);
        foreach (var (name, value) in parameters)
        {
            Parameters[name] = value;
        }
    }
}
