namespace BorderMap.Storage.Interchange;

/// <summary>
/// The members of a claims file's top-level object as <see cref="GeoJsonFeatureScanner"/> meets
/// them, in any order: <c>type</c> must be exactly <c>FeatureCollection</c>, <c>features</c> an
/// array, each given once. Other members are allowed (GeoJSON's foreign members, ogr2ogr's
/// <c>name</c> and <c>crs</c>) and a few of their names are kept, because a misspelt
/// <c>type</c> or <c>features</c> shows up as one of them.
/// </summary>
internal sealed class GeoJsonRootMembers
{
    private const string FeatureCollection = "FeatureCollection";

    private readonly List<string> _others = [];
    private bool _hasType;
    private bool _hasFeatures;

    /// <param name="value">the string value, or null when it is not a string.</param>
    /// <param name="kind">what the value is, for the message.</param>
    /// <param name="offset">the value's byte offset.</param>
    public void SetType(string? value, string kind, long offset)
    {
        Once(_hasType, "type", offset);
        _hasType = true;
        if (value == FeatureCollection)
        {
            return;
        }

        var found = value is null ? kind : $"\"{value}\"";
        var hint = value == "Feature" ? "; put a single Feature in a FeatureCollection's features array" : string.Empty;
        throw new ClaimFileException($"byte {offset}", $"the top-level \"type\" is {found}, not \"{FeatureCollection}\"{hint}");
    }

    public void SetFeatures(string kind, bool isArray, long offset)
    {
        Once(_hasFeatures, "features", offset);
        _hasFeatures = true;
        if (!isArray)
        {
            throw new ClaimFileException($"byte {offset}", $"\"features\" is {kind}; it must be an array of Features");
        }
    }

    public void NoteOther(string name, int keep)
    {
        if (_others.Count < keep)
        {
            _others.Add(name);
        }
    }

    /// <summary>Called at the top-level object's closing brace.</summary>
    public void CheckComplete(long offset)
    {
        var missing = (_hasType, _hasFeatures) switch
        {
            (false, false) => "has neither a \"type\" nor a \"features\" member",
            (false, true) => "has no \"type\" member",
            (true, false) => "has no \"features\" member",
            _ => null,
        };
        if (missing is not null)
        {
            var others = _others.Count > 0 ? $" (other members: {string.Join(", ", _others.Select(o => $"\"{o}\""))})" : string.Empty;
            throw new ClaimFileException($"byte {offset}", $"the top-level object {missing}{others}; a claims file is {{\"type\": \"{FeatureCollection}\", \"features\": [...]}}");
        }
    }

    private static void Once(bool seen, string name, long offset)
    {
        if (seen)
        {
            throw new ClaimFileException($"byte {offset}", $"the top-level object has \"{name}\" twice");
        }
    }
}
