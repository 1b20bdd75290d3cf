using System.Buffers;
using System.Text.Json;
using BorderMap.Core.Claims;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Reads a <c>claims</c> row selected with <see cref="ClaimRows.SelectColumns"/> as a
/// <see cref="ClaimJson"/>: the data columns written straight into the JSON object of
/// <see cref="ClaimDataJson"/>, the JSON columns (actors, refs, areas, quote, numbers) copied as
/// they are stored once checked to be JSON, so a page never decodes them into objects.
/// </summary>
internal static class ClaimRowJson
{
    private enum Kind
    {
        Text,
        OptionalText,
        Json,
        Number,
        OptionalNumber,
        Time,
    }

    /// <summary>The kind of each of <see cref="ClaimRows.DataColumns"/>, as <see cref="ClaimRows.Read"/> decodes it.</summary>
    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.Ordinal)
    {
        ["actors"] = Kind.Json,
        ["refs"] = Kind.Json,
        ["areas"] = Kind.Json,
        ["quote"] = Kind.Json,
        ["numbers"] = Kind.Json,
        ["endDate"] = Kind.OptionalText,
        ["note"] = Kind.OptionalText,
        ["geoPrecision"] = Kind.Number,
        ["version"] = Kind.Number,
        ["credibility"] = Kind.OptionalNumber,
        ["createdAt"] = Kind.Time,
        ["updatedAt"] = Kind.Time,
    };

    private static readonly Kind[] ColumnKinds = [.. ClaimRows.DataColumns.Select(c => Kinds.GetValueOrDefault(c, Kind.Text))];

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static ClaimJson Read(SqliteDataReader row)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < ColumnKinds.Length; i++)
            {
                WriteMember(json, row, i);
            }

            json.WriteEndObject();
        }

        var geometry = GeometryBlob.Read((byte[])row[0]);
        return new ClaimJson(row.GetString(1), buffer.WrittenSpan.ToArray(), geometry, ClaimPlacer.Anchor(geometry));
    }

    /// <summary>Data column <paramref name="member"/> as its member; a null in a column that may not hold one makes the row malformed.</summary>
    private static void WriteMember(Utf8JsonWriter json, SqliteDataReader row, int member)
    {
        var name = ClaimRows.DataColumns[member];
        var column = member + 2;
        var kind = ColumnKinds[member];
        if (row.IsDBNull(column))
        {
            json.WriteNull(kind is Kind.OptionalText or Kind.OptionalNumber ? name : throw new InvalidDataException($"claims.{name} is null"));
            return;
        }

        switch (kind)
        {
            case Kind.Json:
                json.WritePropertyName(name);
                json.WriteRawValue(row.GetString(column));
                break;
            case Kind.Number or Kind.OptionalNumber:
                json.WriteNumber(name, row.GetInt32(column));
                break;
            case Kind.Time:
                json.WriteString(name, Timestamps.Read(row.GetString(column)));
                break;
            default:
                json.WriteString(name, row.GetString(column));
                break;
        }
    }
}
