using BorderMap.Core.Areas;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Which areas are the map's subject, derived from the data as the web map does (layers.ts,
/// updateAreaContext): countries flagged focus (Tajikistan), and core countries, which also hold a
/// focus province (Afghanistan). Every other country is a muted neighbour.
/// </summary>
internal sealed class AreaRoles
{
    private readonly HashSet<string> _focusCountries;
    private readonly HashSet<string> _coreCountries;

    public AreaRoles(AreaCatalog areas)
    {
        var focus = areas.All.Where(a => a.Focus && a.Kind != AreaKind.River).ToList();
        _focusCountries = [.. focus.Where(a => a.Kind == AreaKind.Country).Select(a => a.Country)];
        _coreCountries = [.. focus.Select(a => a.Country)];
    }

    /// <summary>The area is a focus area or lies in a focus country: it gets the focus fill.</summary>
    public bool IsFocusFilled(Area area) => area.Focus || _focusCountries.Contains(area.Country);

    /// <summary>The area belongs to the map's subject (focus or core country).</summary>
    public bool IsCore(Area area) => area.Focus || _coreCountries.Contains(area.Country);

    public bool InFocusCountry(Area area) => _focusCountries.Contains(area.Country);

    /// <summary>
    /// The style key of an area's fill: the focus country (Tajikistan) and its regions get their own
    /// warm tint, so that beside them a focus province of another country (Afghan Badakhshan) reads
    /// as a different country; the rest of the core countries are pale, neighbours grey.
    /// </summary>
    public string FillKey(Area area) =>
        InFocusCountry(area) ? "focusCountryFill"
        : IsFocusFilled(area) ? "focusFill"
        : IsCore(area) ? "contextFill"
        : "neighbourFill";
}
