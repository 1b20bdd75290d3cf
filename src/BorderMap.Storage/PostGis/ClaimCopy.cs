using System.Buffers.Binary;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Streams rows encoded ahead (<see cref="ClaimCopyRow"/>) into <c>claims</c> as one binary <c>COPY</c>:
/// the format's header, each row's field count and fields, and its end. Into a staged import's
/// arrival table, each row carries its place-and-date key after its fields (<see cref="OrderedClaimsCopy"/>),
/// and is written frozen (<see cref="StagedImport.Freeze"/>).
/// </summary>
internal static class ClaimCopy
{
    /// <summary>The binary format's signature, then no flags and no header extension.</summary>
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>The field count -1, which ends the rows.</summary>
    private static readonly byte[] Trailer = [0xFF, 0xFF];

    public static void Write(NpgsqlConnection connection, IEnumerable<ClaimCopyRow> rows, bool staged)
    {
        var sql = staged
            ? $"COPY claims ({ClaimCopyRow.Columns}, {OrderedClaimsCopy.KeyColumn}) FROM STDIN (FORMAT BINARY{StagedImport.Freeze})"
            : $"COPY claims ({ClaimCopyRow.Columns}) FROM STDIN (FORMAT BINARY)";
        var fieldCount = (short)(ClaimCopyRow.FieldCount + (staged ? 1 : 0));
        Span<byte> start = stackalloc byte[sizeof(short)];
        Span<byte> key = stackalloc byte[sizeof(int) + sizeof(long)];
        BinaryPrimitives.WriteInt16BigEndian(start, fieldCount);
        BinaryPrimitives.WriteInt32BigEndian(key, sizeof(long));
        using var copy = connection.BeginRawBinaryCopy(sql);
        copy.Write(Header);
        foreach (var row in rows)
        {
            copy.Write(start);
            copy.Write(row.Fields);
            if (staged)
            {
                BinaryPrimitives.WriteInt64BigEndian(key[sizeof(int)..], row.PlaceDay);
                copy.Write(key);
            }
        }

        copy.Write(Trailer);
    }
}
