using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange;

/// <summary>Typed access to the members of one JSON object, recording a problem for each missing or mistyped one.</summary>
internal sealed class JsonFields(JsonElement obj, List<FieldProblem> problems, string prefix = "")
{
    public string? Text(string name, bool required = true) =>
        Get(name, required, JsonValueKind.String, "a string") is { } e ? e.GetString() : null;

    public int? Integer(string name, bool required = true) =>
        Get(name, required, JsonValueKind.Number, "a whole number") is { } e && Whole(name, e) is { } value ? value : null;

    public DateTimeOffset? Time(string name) =>
        Get(name, required: false, JsonValueKind.String, "a date-time string") is { } e && Parse(name, e.GetString()!) is { } time ? time : null;

    public IReadOnlyList<string> TextList(string name)
    {
        if (Get(name, required: false, JsonValueKind.Array, "a list of strings") is not { } array)
        {
            return [];
        }

        // One pass with the array's own enumerator: LINQ over it boxed the enumerator and allocated an iterator per call (three lists a claim).
        var texts = new List<string>(array.GetArrayLength());
        var mistyped = false;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                texts.Add(item.GetString()!);
            }
            else
            {
                mistyped = true;
            }
        }

        if (mistyped)
        {
            Fail(name, "must be a list of strings");
        }

        return texts;
    }

    public Dictionary<string, double> Numbers(string name)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Get(name, required: false, JsonValueKind.Object, "an object of numbers") is not { } obj)
        {
            return numbers;
        }

        foreach (var member in obj.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Number)
            {
                numbers[member.Name] = member.Value.GetDouble();
            }
            else
            {
                Fail($"{name}.{member.Name}", "must be a number");
            }
        }

        return numbers;
    }

    private JsonElement? Get(string name, bool required, JsonValueKind kind, string what)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail(name, "is required");
            }

            return null;
        }

        if (value.ValueKind != kind)
        {
            Fail(name, $"must be {what}, not {value.ValueKind.ToString().ToLowerInvariant()}");
            return null;
        }

        return value;
    }

    private int? Whole(string name, JsonElement number)
    {
        if (number.TryGetInt32(out var value))
        {
            return value;
        }

        Fail(name, $"must be a whole number, not {number.GetRawText()}");
        return null;
    }

    private DateTimeOffset? Parse(string name, string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        Fail(name, $"'{text}' is not an ISO 8601 date-time");
        return null;
    }

    private void Fail(string name, string message) => problems.Add(new FieldProblem(prefix + name, message));
}
