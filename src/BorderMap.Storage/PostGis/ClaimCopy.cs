using System.Buffers.Binary;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Streams rows encoded ahead (<see cref="ClaimCopyRow"/>) into <c>claims</c>, their area rows into
/// <c>claim_areas</c> and their history entries into <c>claim_history</c>, each as one binary <c>COPY</c>:
/// the format's header, each row's field count and fields, and its end. Each claim comes with its
/// position (<c>fid</c>), taken from the claims' identity beforehand, so that its area rows can name it
/// without a join back to the claims by id. Into a staged import's arrival table, each row carries its place-and-date key after its fields (<see cref="OrderedClaimsCopy"/>),
/// and is written frozen (<see cref="StagedImport.Freeze"/>).
/// </summary>
internal static class ClaimCopy
{
    /// <summary>The bytes of a <c>bigint</c> field: its length and its value.</summary>
    private const int BigIntField = sizeof(int) + sizeof(long);

    /// <summary>The binary format's signature, then no flags and no header extension.</summary>
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>The field count -1, which ends the rows.</summary>
    private static readonly byte[] Trailer = [0xFF, 0xFF];

    /// <summary>
    /// Takes <paramref name="count"/> positions from the identity of <c>claims</c> (the staged one in a staged
    /// import, through the <c>search_path</c>), in one statement, as the rows' defaults would have taken them:
    /// a <c>COPY</c> writes the positions it is given even into a column generated always.
    /// </summary>
    public static long[] TakePositions(NpgsqlConnection connection, int count) =>
        count == 0
            ? []
            : [.. PostGisRows.Read(
                connection,
                "SELECT nextval(s) FROM CAST(pg_get_serial_sequence('claims', 'fid') AS regclass) AS s, generate_series(1, @count) AS n ORDER BY n",
                [new NpgsqlParameter("count", count)],
                r => r.GetInt64(0))];

    /// <summary>Writes <paramref name="rows"/> into <c>claims</c> at <paramref name="positions"/> (one each, in order), then their area rows.</summary>
    public static void Write(NpgsqlConnection connection, IReadOnlyList<ClaimCopyRow> rows, long[] positions, bool staged)
    {
        WriteClaims(connection, rows, positions, staged);
        WriteAreas(connection, rows, positions);
    }

    /// <summary>Writes the history entries of <paramref name="rows"/> into <c>claim_history</c>.</summary>
    public static void WriteHistory(NpgsqlConnection connection, IEnumerable<ClaimCopyRow> rows)
    {
        Span<byte> start = stackalloc byte[sizeof(short)];
        BinaryPrimitives.WriteInt16BigEndian(start, ClaimCopyRow.HistoryFieldCount);
        using var copy = connection.BeginRawBinaryCopy($"COPY claim_history ({ClaimCopyRow.HistoryColumns}) FROM STDIN (FORMAT BINARY)");
        copy.Write(Header);
        foreach (var row in rows)
        {
            copy.Write(start);
            copy.Write(row.History);
        }

        copy.Write(Trailer);
    }

    private static void WriteClaims(NpgsqlConnection connection, IReadOnlyList<ClaimCopyRow> rows, long[] positions, bool staged)
    {
        var sql = staged
            ? $"COPY claims (fid, {ClaimCopyRow.Columns}, {OrderedClaimsCopy.KeyColumn}) FROM STDIN (FORMAT BINARY{StagedImport.Freeze})"
            : $"COPY claims (fid, {ClaimCopyRow.Columns}) FROM STDIN (FORMAT BINARY)";
        Span<byte> start = stackalloc byte[sizeof(short) + BigIntField];
        Span<byte> key = stackalloc byte[BigIntField];
        BinaryPrimitives.WriteInt16BigEndian(start, (short)(1 + ClaimCopyRow.FieldCount + (staged ? 1 : 0)));
        using var copy = connection.BeginRawBinaryCopy(sql);
        copy.Write(Header);
        for (var i = 0; i < rows.Count; i++)
        {
            BigInt(start[sizeof(short)..], positions[i]);
            copy.Write(start);
            copy.Write(rows[i].Fields);
            if (staged)
            {
                BigInt(key, rows[i].PlaceDay);
                copy.Write(key);
            }
        }

        copy.Write(Trailer);
    }

    /// <summary>Each claim's area rows, its position first: the table has no key or order they must arrive in.</summary>
    private static void WriteAreas(NpgsqlConnection connection, IReadOnlyList<ClaimCopyRow> rows, long[] positions)
    {
        if (rows.All(r => r.AreaEnds.Length == 0))
        {
            return;
        }

        Span<byte> start = stackalloc byte[sizeof(short) + BigIntField];
        BinaryPrimitives.WriteInt16BigEndian(start, (short)(1 + ClaimCopyRow.AreaFieldCount));
        using var copy = connection.BeginRawBinaryCopy($"COPY claim_areas (claim_fid, {ClaimCopyRow.AreaColumns}) FROM STDIN (FORMAT BINARY)");
        copy.Write(Header);
        for (var i = 0; i < rows.Count; i++)
        {
            BigInt(start[sizeof(short)..], positions[i]);
            var from = 0;
            foreach (var end in rows[i].AreaEnds)
            {
                copy.Write(start);
                copy.Write(rows[i].AreaRows, from, end - from);
                from = end;
            }
        }

        copy.Write(Trailer);
    }

    private static void BigInt(Span<byte> field, long value)
    {
        BinaryPrimitives.WriteInt32BigEndian(field, sizeof(long));
        BinaryPrimitives.WriteInt64BigEndian(field[sizeof(int)..], value);
    }
}
