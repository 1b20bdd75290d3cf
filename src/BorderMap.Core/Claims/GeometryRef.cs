namespace BorderMap.Core.Claims;

/// <summary>
/// A claim's reference to boundary data instead of a drawn geometry: <c>region:AF-BDS</c> for an
/// area, <c>border:TJ/AF-BDS</c> for the line two areas share.
/// </summary>
public abstract record GeometryRef
{
    public static bool TryParse(string text, out GeometryRef? reference)
    {
        reference = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var value = text[(colon + 1)..];
        switch (text[..colon])
        {
            case "region" when value.Length > 0 && !value.Contains('/', StringComparison.Ordinal):
                reference = new RegionRef(value);
                return true;
            case "border":
                var sides = value.Split('/');
                if (sides.Length == 2 && sides.All(s => s.Length > 0))
                {
                    reference = new BorderRef(sides[0], sides[1]);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }
}

public sealed record RegionRef(string AreaId) : GeometryRef;

public sealed record BorderRef(string AreaA, string AreaB) : GeometryRef;
