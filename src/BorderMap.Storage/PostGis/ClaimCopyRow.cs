using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using BorderMap.Storage.Writes;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// One new claim's row of a bulk import's binary <c>COPY</c> into <c>claims</c>, encoded in
/// PostgreSQL's binary form (each field its length and its bytes, as each type's receive function
/// reads it) while the import prepares the claim, on the other cores. The transaction's thread then
/// only streams the bytes (<see cref="ClaimCopy"/>): encoding the geometries, texts and arrays there
/// made it the import's one busy thread while the cores beside it waited. Its area rows
/// (<c>claim_areas</c>) are encoded with it, all but their first field, the claim's position, which
/// the transaction assigns as it writes the chunk (<see cref="ClaimCopy"/>), and so is its history entry.
/// </summary>
internal sealed class ClaimCopyRow
{
    /// <summary>The columns <see cref="Fields"/> holds, in order.</summary>
    public const string Columns =
        "id, version, geom, title, category, status, event_date, end_date, source, created_at, updated_at, data, search_key, anchor, geo_precision, actors, actor_keys, area_ids, period, page_json";

    /// <summary>How many columns <see cref="Columns"/> names.</summary>
    public const short FieldCount = 20;

    /// <summary>The columns of each of <see cref="AreaRows"/>, after the claim's position (<c>claim_fid</c>), in order.</summary>
    public const string AreaColumns = $"area_id, {AreaFiltersMigration.Copied}";

    /// <summary>How many columns <see cref="AreaColumns"/> names.</summary>
    public const short AreaFieldCount = 5;

    /// <summary>The columns <see cref="History"/> holds, in order.</summary>
    public const string HistoryColumns = "claim_id, version, at, actor, action, old_value";

    /// <summary>How many columns <see cref="HistoryColumns"/> names.</summary>
    public const short HistoryFieldCount = 6;

    /// <summary>The type of <c>text[]</c>'s elements (<c>pg_type.oid</c> of <c>text</c>), which an array's binary form names.</summary>
    private const int TextOid = 25;

    /// <summary>The flags of a range's binary form with both bounds, both included (<c>RANGE_LB_INC | RANGE_UB_INC</c>).</summary>
    private const byte BothBoundsIncluded = 0x02 | 0x04;

    private static readonly DateOnly DateEpoch = new(2000, 1, 1);
    private static readonly long TimestampEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>The ordinates a geometry is written with, as Npgsql's NetTopologySuite plugin writes them by default: those the default factory keeps.</summary>
    private static readonly Ordinates Ordinates = NtsGeometryServices.Instance.DefaultCoordinateSequenceFactory.Ordinates;

    private ClaimCopyRow(byte[] fields, long placeDay, byte[] areaRows, int[] areaEnds, byte[] history)
    {
        Fields = fields;
        PlaceDay = placeDay;
        AreaRows = areaRows;
        AreaEnds = areaEnds;
        History = history;
    }

    /// <summary>The row's fields, without the field count that starts a row.</summary>
    public byte[] Fields { get; }

    /// <summary>The claim's place-and-date key (<see cref="PlaceDayOrder"/>), which a staged import's arrival table holds beside the row.</summary>
    public long PlaceDay { get; }

    /// <summary>The fields (<see cref="AreaColumns"/>) of the claim's area rows, one after the other; each ends where <see cref="AreaEnds"/> says.</summary>
    public byte[] AreaRows { get; }

    /// <summary>Where each area row of <see cref="AreaRows"/> ends, in order.</summary>
    public int[] AreaEnds { get; }

    /// <summary>The fields (<see cref="HistoryColumns"/>) of the claim's history entry, which a create and an update both write.</summary>
    public byte[] History { get; }

    /// <summary>Encodes the rows of <paramref name="record"/> and its <paramref name="history"/> entry. Pure and thread-safe.</summary>
    public static ClaimCopyRow Of(ClaimRecord record, HistoryRecord history)
    {
        var (claim, d) = (record.Claim, record.Claim.Data);
        var (anchor, period) = (PostGisDerived.Anchor(claim), PostGisDerived.Period(d));
        var row = new ArrayBufferWriter<byte>(4096);
        // Extended WKB with the SRID; a writer a row, as a writer's thread safety is not documented.
        var geometries = new PostGisWriter { HandleOrdinates = Ordinates };
        Text(row, claim.Id);
        Int32Field(row, d.Version);
        Bytes(row, geometries.Write(PostGisTables.WithSrid(claim.Geometry)));
        Text(row, d.Title);
        Text(row, d.Category);
        Text(row, d.Status);
        Text(row, d.EventDate);
        Text(row, d.EndDate);
        Text(row, d.Source);
        Timestamp(row, d.CreatedAt);
        Timestamp(row, d.UpdatedAt);
        Jsonb(row, record.DataJsonMembers);
        Text(row, record.SearchKey);
        Bytes(row, geometries.Write(anchor));
        SmallInt(row, (short)d.GeoPrecision);
        TextArray(row, PostGisDerived.Actors(d));
        TextArray(row, PostGisDerived.ActorKeys(d));
        TextArray(row, record.AreaIds);
        Period(row, period.LowerBound, period.UpperBound);
        Bytes(row, record.PageJson);
        var fields = row.WrittenSpan.ToArray();
        row.ResetWrittenCount();
        var areaEnds = new int[record.AreaIds.Count];
        for (var i = 0; i < areaEnds.Length; i++)
        {
            // The claim's own values, as migration 15's rows copy them from its row.
            Text(row, record.AreaIds[i]);
            Period(row, period.LowerBound, period.UpperBound);
            Text(row, d.Category);
            Text(row, d.Status);
            SmallInt(row, (short)d.GeoPrecision);
            areaEnds[i] = row.WrittenCount;
        }

        var areaRows = row.WrittenSpan.ToArray();
        return new ClaimCopyRow(fields, PlaceDayOrder.KeyOf(anchor, period.LowerBound), areaRows, areaEnds, HistoryFields(row, history));
    }

    /// <summary>The fields of a history entry, written into <paramref name="row"/> from its start.</summary>
    private static byte[] HistoryFields(ArrayBufferWriter<byte> row, HistoryRecord entry)
    {
        row.ResetWrittenCount();
        Text(row, entry.ClaimId);
        Int32Field(row, entry.Version);
        Timestamp(row, entry.At);
        Text(row, entry.Actor);
        Text(row, PostGisTables.ActionName(entry.Action));
        // A json's binary form is its text.
        Text(row, entry.OldValue);
        return row.WrittenSpan.ToArray();
    }

    private static void SmallInt(ArrayBufferWriter<byte> row, short value)
    {
        BigEndian32(row, sizeof(short));
        BinaryPrimitives.WriteInt16BigEndian(row.GetSpan(sizeof(short)), value);
        row.Advance(sizeof(short));
    }

    private static void BigEndian32(ArrayBufferWriter<byte> row, int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(row.GetSpan(sizeof(int)), value);
        row.Advance(sizeof(int));
    }

    private static void Int32Field(ArrayBufferWriter<byte> row, int value)
    {
        BigEndian32(row, sizeof(int));
        BigEndian32(row, value);
    }

    private static void Bytes(ArrayBufferWriter<byte> row, ReadOnlySpan<byte> value)
    {
        BigEndian32(row, value.Length);
        row.Write(value);
    }

    /// <summary>A text field in UTF-8, or SQL null (length -1).</summary>
    private static void Text(ArrayBufferWriter<byte> row, string? value)
    {
        if (value is null)
        {
            BigEndian32(row, -1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        BigEndian32(row, length);
        row.Advance(Encoding.UTF8.GetBytes(value, row.GetSpan(length)));
    }

    /// <summary>A <c>timestamptz</c>: microseconds since 2000-01-01 UTC, the extreme values as the infinities, as Npgsql writes them.</summary>
    private static void Timestamp(ArrayBufferWriter<byte> row, DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        var micros = utc == DateTime.MaxValue ? long.MaxValue : utc == DateTime.MinValue ? long.MinValue : (utc.Ticks - TimestampEpochTicks) / 10;
        BigEndian32(row, sizeof(long));
        BinaryPrimitives.WriteInt64BigEndian(row.GetSpan(sizeof(long)), micros);
        row.Advance(sizeof(long));
    }

    /// <summary>A <c>jsonb</c>: its format's version (1) and the JSON object's text, from its members already serialised.</summary>
    private static void Jsonb(ArrayBufferWriter<byte> row, ReadOnlySpan<byte> members)
    {
        BigEndian32(row, members.Length + 3);
        row.Write<byte>([1, (byte)'{']);
        row.Write(members);
        row.Write("}"u8);
    }

    /// <summary>A one-dimensional <c>text[]</c> without nulls, or an empty one (no dimensions).</summary>
    private static void TextArray(ArrayBufferWriter<byte> row, IReadOnlyList<string> values)
    {
        var length = (values.Count == 0 ? 12 : 20) + values.Sum(v => sizeof(int) + Encoding.UTF8.GetByteCount(v));
        BigEndian32(row, length);
        BigEndian32(row, values.Count == 0 ? 0 : 1);
        BigEndian32(row, 0);
        BigEndian32(row, TextOid);
        if (values.Count > 0)
        {
            BigEndian32(row, values.Count);
            BigEndian32(row, 1);
        }

        foreach (var value in values)
        {
            Text(row, value);
        }
    }

    /// <summary>A <c>daterange</c> of both days included; PostgreSQL makes it canonical (<c>[first, last + 1)</c>) as it receives it.</summary>
    private static void Period(ArrayBufferWriter<byte> row, DateOnly first, DateOnly last)
    {
        BigEndian32(row, 1 + (2 * (sizeof(int) + sizeof(int))));
        row.Write<byte>([BothBoundsIncluded]);
        Int32Field(row, Days(first));
        Int32Field(row, Days(last));
    }

    /// <summary>A <c>date</c>: days since 2000-01-01, the extreme values as the infinities, as Npgsql writes them.</summary>
    private static int Days(DateOnly day) =>
        day == DateOnly.MaxValue ? int.MaxValue : day == DateOnly.MinValue ? int.MinValue : day.DayNumber - DateEpoch.DayNumber;
}
