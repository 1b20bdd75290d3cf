using System.Text;
using System.Text.Json;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// UTF-8 text that lies in a larger array: a JSON column of the <c>claims</c> table where it already
/// stands in the claim's page item (<see cref="ClaimJsonColumns"/>), bound to SQLite as it is.
/// </summary>
internal sealed class Utf8Text(byte[] bytes, int start, int length)
{
    public ReadOnlySpan<byte> Span => bytes.AsSpan(start, length);

    public int Length => length;

    /// <summary>The text as a string, for a statement bound by name (a single edit).</summary>
    public override string ToString() => Encoding.UTF8.GetString(Span);
}

/// <summary>
/// The JSON columns of a claim's <c>claims</c> row (<c>actors</c>, <c>refs</c>, <c>areas</c>, <c>quote</c>,
/// <c>numbers</c>) found in the claim's data members of its page item (<see cref="ClaimRecord.DataJsonMembers"/>):
/// the page item serialises the data with the same <see cref="ClaimJsonContext"/> the columns were serialised
/// with one by one, so each column's text is already there, byte for byte. A 100,000-claim import serialised
/// the five values again as strings, and transcoded them to UTF-8 again to bind them.
/// </summary>
internal static class ClaimJsonColumns
{
    /// <summary>The columns, in the order of <see cref="Of"/>'s answer.</summary>
    private static readonly byte[][] Names = [.. new[] { "actors", "refs", "areas", "quote", "numbers" }.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The data members between braces, so that a reader can walk them: they have none of their own in the page item.</summary>
    [ThreadStatic]
    private static byte[]? t_object;

    /// <summary>The five columns' texts in <paramref name="record"/>'s page item, in the order <c>actors</c>, <c>refs</c>, <c>areas</c>, <c>quote</c>, <c>numbers</c>.</summary>
    /// <exception cref="InvalidDataException">a column is not among the data members (a page item not written by <see cref="ClaimPageJson"/>).</exception>
    public static Utf8Text[] Of(ClaimRecord record)
    {
        var members = record.DataJsonMembers;
        record.PageJson.AsSpan().Overlaps(members, out var membersAt);
        // A position in the wrapped members is one past its position in the page item.
        var offset = membersAt - 1;
        var columns = new Utf8Text[Names.Length];
        var reader = new Utf8JsonReader(Wrapped(members));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var column = ColumnOf(ref reader);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (column >= 0)
            {
                columns[column] = new Utf8Text(record.PageJson, offset + start, (int)reader.BytesConsumed - start);
            }
        }

        return Array.IndexOf(columns, null) is var missing and >= 0
            ? throw new InvalidDataException($"the page item of claim '{record.Id}' has no {Encoding.UTF8.GetString(Names[missing])} member")
            : columns;
    }

    /// <summary>Which of <see cref="Names"/> the reader's property name is, or -1.</summary>
    private static int ColumnOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (reader.ValueTextEquals(Names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The largest buffer a thread keeps between claims, as <see cref="ClaimPageJson"/> keeps its own.</summary>
    private const int MaxKeptBytes = 1 << 16;

    private static ReadOnlySpan<byte> Wrapped(ReadOnlySpan<byte> members)
    {
        var length = members.Length + 2;
        var json = t_object is { } kept && kept.Length >= length ? kept : new byte[Math.Max(4096, length)];
        if (json.Length <= MaxKeptBytes)
        {
            t_object = json;
        }

        json[0] = (byte)'{';
        members.CopyTo(json.AsSpan(1));
        json[members.Length + 1] = (byte)'}';
        return json.AsSpan(0, members.Length + 2);
    }
}
