using System.Text;
using CsCheck;

namespace BorderMap.Fuzz;

/// <summary>One edit of a document's bytes; positions wrap around its current length.</summary>
internal readonly record struct Mutation(int Kind, int Position, int Length, byte[] Bytes)
{
    public override string ToString() => $"{Kind}@{Position}+{Length}:{Encoding.UTF8.GetString(Bytes)}";
}

/// <summary>
/// Documents made by editing a valid seed a few times, the way a fuzzer mutates its corpus: flip a
/// byte, insert a token known to trouble parsers (from <paramref name="tokens"/>), delete, repeat or
/// truncate a span. CsCheck shrinks a failing list of edits to the fewest that still fail.
/// </summary>
internal static class Mutations
{
    private const int MaxEdits = 8;

    public static Gen<byte[]> Of(byte[] seed, IReadOnlyList<byte[]> tokens)
    {
        var position = Gen.Int[0, int.MaxValue];
        var length = Gen.Int[0, 64];
        var edit = Gen.Frequency(
            (3, Gen.Select(position, Gen.Byte, (p, b) => new Mutation(0, p, 1, [b]))),
            (5, Gen.Select(position, Gen.Int[0, tokens.Count - 1], (p, t) => new Mutation(1, p, 0, tokens[t]))),
            (2, Gen.Select(position, length, (p, l) => new Mutation(2, p, l, []))),
            (1, Gen.Select(position, length, Gen.Int[1, 200], (p, l, times) => new Mutation(3, p, l, BitConverter.GetBytes(times)))),
            (1, position.Select(p => new Mutation(4, p, 0, []))));
        return edit.Array[1, MaxEdits].Select(edits => Apply(seed, edits));
    }

    public static byte[] Apply(byte[] seed, IEnumerable<Mutation> edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var edit in edits)
        {
            var at = bytes.Count == 0 ? 0 : edit.Position % bytes.Count;
            var span = Math.Min(edit.Length, bytes.Count - at);
            switch (edit.Kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = edit.Bytes[0];
                    break;
                case 1:
                    bytes.InsertRange(at, edit.Bytes);
                    break;
                case 2:
                    bytes.RemoveRange(at, span);
                    break;
                case 3:
                    var repeated = bytes.GetRange(at, span);
                    for (var i = BitConverter.ToInt32(edit.Bytes); i > 0; i--)
                    {
                        bytes.InsertRange(at, repeated);
                    }

                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>A document for a failure report: its text with control characters and invalid bytes escaped.</summary>
    public static string Show(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var shown = new StringBuilder();
        foreach (var c in text.Length > 4000 ? text[..4000] + "…" : text)
        {
            shown.Append(char.IsControl(c) && c != '\n' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return shown.ToString();
    }
}
