using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BorderMap.Core.Claims;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.GeoPackage;

/// <summary>Maps <see cref="ClaimData"/> to the columns of the <c>claims</c> table and back. Lists and objects are JSON text.</summary>
internal static class ClaimRows
{
    /// <summary>The data columns in <see cref="ClaimData"/> order, after <c>geom</c> and <c>id</c>.</summary>
    public static readonly IReadOnlyList<string> DataColumns =
    [
        "title", "category", "actors", "place", "refs", "areas", "geoPrecision", "eventDate", "endDate", "timePrecision",
        "reportedDate", "source", "quote", "translation", "note", "status", "numbers", "createdAt", "updatedAt", "version", "credibility",
    ];

    public static readonly string SelectColumns = "geom, id, " + string.Join(", ", DataColumns);

    /// <summary><see cref="SelectColumns"/> of the table named <paramref name="alias"/> in a join.</summary>
    public static string SelectColumnsOf(string alias) => string.Join(", ", SelectColumns.Split(", ").Select(c => $"{alias}.{c}"));

    /// <summary>How many columns <see cref="SelectColumns"/> names: a query may select more after them.</summary>
    public static int SelectColumnCount => DataColumns.Count + 2;

    /// <summary>The statement parameters of a row, in the order of <see cref="ClaimRow.Values"/>.</summary>
    public static readonly IReadOnlyList<string> DataParameters = [.. DataColumns.Select(c => "$" + c)];

    /// <summary>The column values of a claim, computed apart from the write so that a bulk import can compute them in parallel.</summary>
    public static ClaimRow Serialize(Claim claim)
    {
        var data = claim.Data;
        var geometry = GeometryBlob.Write(claim.Geometry);
        object?[] values =
        [
            data.Title, data.Category, Json(data.Actors), data.Place, Json(data.Refs), Json(data.Areas), data.GeoPrecision,
            data.EventDate, data.EndDate, data.TimePrecision, data.ReportedDate, data.Source,
            JsonSerializer.Serialize(data.Quote, ClaimJsonContext.Default.Quote), data.Translation, data.Note, data.Status,
            JsonSerializer.Serialize(data.Numbers, ClaimJsonContext.Default.IReadOnlyDictionaryStringDouble),
            Timestamps.Write(data.CreatedAt), Timestamps.Write(data.UpdatedAt), data.Version, data.Credibility,
        ];
        return new ClaimRow(claim.Id, geometry, claim.Geometry.EnvelopeInternal, values, DerivedRows.Of(claim));
    }

    /// <summary>Reads a row selected with <see cref="SelectColumns"/>.</summary>
    public static (string Id, ClaimData Data, byte[] Geometry) Read(SqliteDataReader row)
    {
        string? Text(int i) => row.IsDBNull(i) ? null : row.GetString(i);
        var data = new ClaimData(
            Title: row.GetString(2),
            Category: row.GetString(3),
            Actors: FromJson(row.GetString(4), ClaimJsonContext.Default.IReadOnlyListString),
            Place: row.GetString(5),
            Refs: FromJson(row.GetString(6), ClaimJsonContext.Default.IReadOnlyListString),
            Areas: FromJson(row.GetString(7), ClaimJsonContext.Default.IReadOnlyListString),
            GeoPrecision: row.GetInt32(8),
            EventDate: row.GetString(9),
            EndDate: Text(10),
            TimePrecision: row.GetString(11),
            ReportedDate: row.GetString(12),
            Source: row.GetString(13),
            Quote: FromJson(row.GetString(14), ClaimJsonContext.Default.Quote),
            Translation: row.GetString(15),
            Note: Text(16),
            Status: row.GetString(17),
            Numbers: FromJson(row.GetString(18), ClaimJsonContext.Default.IReadOnlyDictionaryStringDouble),
            CreatedAt: Timestamps.Read(row.GetString(19)),
            UpdatedAt: Timestamps.Read(row.GetString(20)),
            Version: row.GetInt32(21),
            Credibility: row.IsDBNull(22) ? null : row.GetInt32(22));
        return (row.GetString(1), data, (byte[])row[0]);
    }

    /// <summary>What <see cref="ReadMark"/> reads, of the claims aliased <c>c</c> and their summary rows <c>s</c> (whose <c>lon</c>, <c>lat</c> are the anchor).</summary>
    public const string MarkColumns = "c.id, s.category, s.status, c.eventDate, c.areas, c.source, s.lon, s.lat";

    /// <summary>Reads a row selected with <see cref="MarkColumns"/>.</summary>
    public static ClaimMark ReadMark(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.GetString(2),
        row.GetString(3),
        FromJson(row.GetString(4), ClaimJsonContext.Default.IReadOnlyListString),
        row.GetString(5),
        new Coordinate(row.GetDouble(6), row.GetDouble(7)));

    /// <summary>A list column; most claims' <c>refs</c> and <c>areas</c> are empty, and the serialiser's set-up for them cost more than their text.</summary>
    private static string Json(IReadOnlyList<string> values) => values.Count == 0 ? "[]" : JsonSerializer.Serialize(values, ClaimJsonContext.Default.IReadOnlyListString);

    /// <summary>
    /// A JSON column through the compile-time serialiser, with the same web defaults (camelCase,
    /// any letter case, numbers in strings) as <see cref="ClaimGeoJson.Options"/>: reflection would
    /// build its readers at run time, in every process, before the first claim is read.
    /// </summary>
    private static T FromJson<T>(string json, JsonTypeInfo<T> type) => JsonSerializer.Deserialize(json, type)
        ?? throw new InvalidDataException($"claims column holds JSON null where {typeof(T).Name} belongs");
}

/// <summary>
/// A claim ready to bind: id, geometry blob and its envelope (for the R-tree), the data column values in
/// <see cref="ClaimRows.DataColumns"/> order, and what its derived rows hold (<see cref="DerivedRows.Values"/>).
/// </summary>
internal sealed record ClaimRow(string Id, byte[] Geometry, Envelope Envelope, object?[] Values, DerivedRows.Values Derived);
