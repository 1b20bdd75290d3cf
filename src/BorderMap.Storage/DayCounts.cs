namespace BorderMap.Storage;

/// <summary>
/// The pre-counted claims that facets and histograms read instead of the claims: each store keeps
/// a table <c>claim_days</c> with the number of claims per first day, last day, category, status
/// and precision, once for every claim (area <c>''</c>) and once for each area a claim belongs to,
/// maintained by the database in the same transaction as every claim write, import and delete.
/// Its rows grow with the days and vocabularies, not with the claims.
/// </summary>
internal static class DayCounts
{
    /// <summary>The area value of the rows that count every claim.</summary>
    public const string EveryClaim = "";

    /// <summary>
    /// True when the counts answer the query exactly: it filters by at most dates, region,
    /// categories, statuses and precisions. A box, text, a source or any other list (actors,
    /// reliabilities, credibilities) needs the claims themselves.
    /// </summary>
    public static bool Answer(ClaimQuery query) =>
        query is { Box: null, SourceId: null }
        && query.Terms is null or { Length: 0 }
        // Named by what the counts hold, so that a list criterion added later falls back to the claims.
        && query.Lists.All(list => ListColumns.ContainsKey(list.Name));

    /// <summary>The column of <c>claim_days</c> each list criterion tests.</summary>
    private static readonly Dictionary<string, string> ListColumns = new(StringComparer.Ordinal)
    {
        ["categories"] = "category",
        ["statuses"] = "status",
        ["precisions"] = "geo_precision",
    };

    /// <summary>
    /// The query's criteria on <c>claim_days d</c>, bound to the parameters each backend's query
    /// SQL already names them by (<paramref name="marker"/> and the name: <c>$from</c>, <c>@from</c>);
    /// <paramref name="area"/> the SQL of the area the rows count (null: any);
    /// <paramref name="inList"/> the backend's test of a column against a list parameter.
    /// </summary>
    public static string Where(ClaimQuery query, string? area, char marker, Func<string, string, string> inList)
    {
        var conditions = new List<string> { area is null ? "1 = 1" : $"d.area_id = {area}" };
        conditions.AddRange(query.From is null ? [] : [$"d.end_day >= {marker}from"]);
        conditions.AddRange(query.To is null ? [] : [$"d.start_day <= {marker}to"]);
        conditions.AddRange(query.Lists.Select(list => inList("d." + ListColumns[list.Name], marker + list.Name)));
        return string.Join(" AND ", conditions);
    }
}
