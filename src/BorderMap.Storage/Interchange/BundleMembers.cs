using System.Text.Json;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// The shape a claims bundle gives each of its listed members (<see cref="BundleSources"/>,
/// <see cref="BundleEvents"/>): a top-level array of one object per item, read back whole with
/// each item's position (<c>sources[3]</c>) named in its error. One copy keeps the members alike,
/// so a reader of the file format learns the shape once.
/// </summary>
internal static class BundleMembers
{
    /// <summary>Writes <paramref name="name"/> as an array holding one object per item, whose members <paramref name="writeMembers"/> writes.</summary>
    public static void WriteObjects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<T> writeMembers)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeMembers(item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <paramref name="name"/> as an array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Each item of the array <paramref name="json"/>, read by <paramref name="readOne"/> with its position, <c>name[index]</c>.</summary>
    /// <exception cref="ClaimFileException">the member is not an array, or whatever <paramref name="readOne"/> throws.</exception>
    public static IReadOnlyList<T> Read<T>(byte[] json, string name, Func<JsonElement, string, T> readOne)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new ClaimFileException(name, $"must be an array of {name}");
        }

        return [.. document.RootElement.EnumerateArray().Select((element, index) => readOne(element, $"{name}[{index}]"))];
    }
}
