using System.Buffers;
using System.Buffers.Binary;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Streams rows encoded ahead (<see cref="ClaimCopyRow"/>) into <c>claims</c>, their area rows into
/// <c>claim_areas</c> and their history entries into <c>claim_history</c>, each as one binary <c>COPY</c>:
/// the format's header, each row's field count and fields, and its end. Each claim comes with its
/// position (<c>fid</c>), taken from the claims' identity beforehand, so that its area rows can name it
/// without a join back to the claims by id. A staged import's claims are not copied chunk by chunk but gathered
/// in sorted runs (<see cref="SortedClaimRuns"/>) and copied once at its end, in order (<see cref="OrderedClaimsCopy"/>).
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

    /// <summary>
    /// Writes <paramref name="rows"/> into <c>claims</c> at <paramref name="positions"/> (one each, in order), or adds them
    /// to a staged import's runs (<paramref name="staged"/>), then writes their area rows.
    /// </summary>
    public static void Write(NpgsqlConnection connection, IReadOnlyList<ClaimCopyRow> rows, long[] positions, SortedClaimRuns? staged)
    {
        if (staged is null)
        {
            WriteClaims(connection, rows, positions);
        }
        else
        {
            for (var i = 0; i < rows.Count; i++)
            {
                staged.Add(positions[i], rows[i].PlaceDay, rows[i].Fields);
            }
        }

        WriteAreas(connection, rows, positions);
    }

    /// <summary>
    /// Adds every row of <paramref name="table"/> (a claims' table, schema-qualified) to <paramref name="runs"/> with its
    /// position and its key computed by PostgreSQL (migration 28's function, <see cref="PlaceDayOrder"/>'s formula).
    /// The rows come as <c>COPY</c>'s binary rows, whose fields are what <see cref="ClaimCopyRow.Fields"/> holds.
    /// </summary>
    public static void ReadStored(NpgsqlConnection connection, string table, SortedClaimRuns runs)
    {
        using var copy = connection.BeginRawBinaryCopy(
            $"COPY (SELECT fid, coalesce(bordermap_place_day_key(anchor, period), 0), {ClaimCopyRow.Columns} FROM {table}) TO STDOUT (FORMAT BINARY)");
        // The header ends with the length of an extension area, which is skipped.
        Span<byte> head = stackalloc byte[Header.Length];
        copy.ReadExactly(head);
        copy.ReadExactly(new byte[BinaryPrimitives.ReadInt32BigEndian(head[^sizeof(int)..])]);
        Span<byte> fieldCount = stackalloc byte[sizeof(short)];
        Span<byte> keyFields = stackalloc byte[2 * BigIntField];
        var fields = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            copy.ReadExactly(fieldCount);
            if (BinaryPrimitives.ReadInt16BigEndian(fieldCount) < 0)
            {
                return;
            }

            copy.ReadExactly(keyFields);
            fields.ResetWrittenCount();
            for (var i = 0; i < ClaimCopyRow.FieldCount; i++)
            {
                var lengthField = fields.GetSpan(sizeof(int))[..sizeof(int)];
                copy.ReadExactly(lengthField);
                var length = BinaryPrimitives.ReadInt32BigEndian(lengthField);
                fields.Advance(sizeof(int));
                if (length > 0)
                {
                    copy.ReadExactly(fields.GetSpan(length)[..length]);
                    fields.Advance(length);
                }
            }

            runs.Add(BinaryPrimitives.ReadInt64BigEndian(keyFields[sizeof(int)..]), BinaryPrimitives.ReadInt64BigEndian(keyFields[(BigIntField + sizeof(int))..]), fields.WrittenSpan);
        }
    }

    /// <summary>
    /// Writes every row of <paramref name="runs"/> into <paramref name="table"/> (a claims' table emptied or created in
    /// this transaction, schema-qualified) in their merged order, frozen, and counts each into <paramref name="counts"/>.
    /// </summary>
    public static void WriteOrdered(NpgsqlConnection connection, string table, SortedClaimRuns runs, long bandWidth, ImportCounts counts)
    {
        var start = new byte[sizeof(short) + BigIntField];
        BinaryPrimitives.WriteInt16BigEndian(start, 1 + ClaimCopyRow.FieldCount);
        using var copy = connection.BeginRawBinaryCopy($"COPY {table} (fid, {ClaimCopyRow.Columns}) FROM STDIN (FORMAT BINARY, FREEZE)");
        copy.Write(Header);
        runs.Merge(bandWidth, (position, fields) =>
        {
            BigInt(start.AsSpan(sizeof(short)), position);
            copy.Write(start);
            copy.Write(fields);
            counts.Add(fields);
        });
        copy.Write(Trailer);
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

    private static void WriteClaims(NpgsqlConnection connection, IReadOnlyList<ClaimCopyRow> rows, long[] positions)
    {
        Span<byte> start = stackalloc byte[sizeof(short) + BigIntField];
        BinaryPrimitives.WriteInt16BigEndian(start, 1 + ClaimCopyRow.FieldCount);
        using var copy = connection.BeginRawBinaryCopy($"COPY claims (fid, {ClaimCopyRow.Columns}) FROM STDIN (FORMAT BINARY)");
        copy.Write(Header);
        for (var i = 0; i < rows.Count; i++)
        {
            BigInt(start[sizeof(short)..], positions[i]);
            copy.Write(start);
            copy.Write(rows[i].Fields);
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
