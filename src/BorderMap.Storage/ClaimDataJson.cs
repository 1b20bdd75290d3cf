using System.Buffers;
using System.Text;
using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage;

/// <summary>
/// The one form of a claim's data that pages copy through (<see cref="ClaimJson"/>): a JSON object
/// with every member of <see cref="ClaimData"/> in the order the serialiser writes them, nothing
/// else. A stored object in another member order (PostgreSQL's <c>jsonb</c> sorts its keys) is put
/// in this order by slicing its member values out, without decoding them; a member it lacks is
/// null, as decoding it into <see cref="ClaimData"/> would make it.
/// </summary>
internal static class ClaimDataJson
{
    /// <summary>Each member's name as it starts the member: <c>"title":</c>.</summary>
    private static readonly byte[][] MemberStarts =
        [.. ClaimJsonContext.Default.ClaimData.Properties.Select(p => Encoding.UTF8.GetBytes($"\"{p.Name}\":"))];

    public static ClaimData Decode(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, ClaimJsonContext.Default.ClaimData) ?? throw new InvalidDataException("the claim data is JSON null");

    /// <summary>The stored object <paramref name="stored"/> in this form.</summary>
    /// <exception cref="JsonException">it is not JSON.</exception>
    /// <exception cref="InvalidDataException">it is not an object.</exception>
    public static byte[] Ordered(ReadOnlySpan<byte> stored)
    {
        Span<Range> values = stackalloc Range[MemberStarts.Length];
        FindValues(stored, values);
        return Join(stored, values);
    }

    /// <summary>Where each member's value lies in <paramref name="stored"/>; an empty range where it is missing.</summary>
    private static void FindValues(ReadOnlySpan<byte> stored, Span<Range> values)
    {
        values.Clear();
        var reader = new Utf8JsonReader(stored);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidDataException("the claim data is not a JSON object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = IndexOf(reader.ValueSpan);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (member >= 0)
            {
                values[member] = start..(int)reader.BytesConsumed;
            }
        }
    }

    private static int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < MemberStarts.Length; i++)
        {
            var start = MemberStarts[i];
            if (start.Length == name.Length + 3 && name.SequenceEqual(start.AsSpan(1, name.Length)))
            {
                return i;
            }
        }

        return -1;
    }

    private static byte[] Join(ReadOnlySpan<byte> stored, ReadOnlySpan<Range> values)
    {
        var length = 1 + values.Length;
        for (var i = 0; i < values.Length; i++)
        {
            length += MemberStarts[i].Length + Value(stored, values[i]).Length;
        }

        var json = new byte[length];
        json[0] = (byte)'{';
        var at = 1;
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                json[at++] = (byte)',';
            }

            MemberStarts[i].CopyTo(json, at);
            at += MemberStarts[i].Length;
            var value = Value(stored, values[i]);
            value.CopyTo(json.AsSpan(at));
            at += value.Length;
        }

        json[at] = (byte)'}';
        return json;
    }

    /// <summary>The value's bytes, or <c>null</c> for a missing member.</summary>
    private static ReadOnlySpan<byte> Value(ReadOnlySpan<byte> stored, Range range) => range.End.Value > 0 ? stored[range] : "null"u8;
}
