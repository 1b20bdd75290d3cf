namespace BorderMap.Storage;

/// <summary>
/// The SQL of a sorted page, written once for both backends: the order <c>(key, fid)</c> in the
/// sort's direction, and the keyset condition that starts after the cursor's <c>(key, fid)</c>:
/// one row-value comparison, which PostgreSQL answers as a range of its B-tree on <c>(key, fid)</c>,
/// or its two halves (the cursor's ties after its fid; the keys beyond it), which SQLite needs
/// because it narrows a row-value range by the key only, and would step through every tie of a
/// common key. A backend names only the stored column or expression of each field
/// (<see cref="GeoPackage.GeoPackageQuery.SortKeys"/>, <see cref="PostGis.PostGisQuery.SortKeys"/>)
/// and its parameter prefix.
/// </summary>
internal sealed record ClaimKeyset(ClaimSort Sort, ClaimCursor? After)
{
    /// <summary>The parameters <see cref="Condition"/> binds, without the backend's prefix.</summary>
    public const string KeyParameter = "sort_key";

    /// <inheritdoc cref="KeyParameter"/>
    public const string PositionParameter = "sort_position";

    public string Key => After?.Key ?? string.Empty;

    public long Position => After?.Position ?? 0;

    /// <summary>The condition that keeps the rows after the cursor, or null on the first page.</summary>
    public string? Condition(IReadOnlyDictionary<ClaimSortField, string> keys, string fid, char prefix) => After is null
        ? null
        : $"({keys[Sort.Field]}, {fid}) {Comparison} ({prefix}{KeyParameter}, {prefix}{PositionParameter})";

    /// <summary>The cursor's ties: its key, after its fid.</summary>
    public string Ties(IReadOnlyDictionary<ClaimSortField, string> keys, string fid, char prefix) =>
        $"{keys[Sort.Field]} = {prefix}{KeyParameter} AND {fid} {Comparison} {prefix}{PositionParameter}";

    /// <summary>The keys beyond the cursor's.</summary>
    public string Beyond(IReadOnlyDictionary<ClaimSortField, string> keys, char prefix) =>
        $"{keys[Sort.Field]} {Comparison} {prefix}{KeyParameter}";

    private string Comparison => Sort.Descending ? "<" : ">";

    public string OrderBy(IReadOnlyDictionary<ClaimSortField, string> keys, string fid)
    {
        var direction = Sort.Descending ? " DESC" : string.Empty;
        return $"ORDER BY {keys[Sort.Field]}{direction}, {fid}{direction}";
    }
}
