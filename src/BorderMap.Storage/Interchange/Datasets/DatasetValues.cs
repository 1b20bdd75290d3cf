using System.Globalization;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>Conversions both datasets share: area names, numbers as cells, kept columns.</summary>
internal static class DatasetValues
{
    /// <summary>The id of the province called <paramref name="name"/> in the country called <paramref name="country"/> (any of its names), or null.</summary>
    public static string? AreaId(AreaCatalog areas, string name, string country)
    {
        bool Named(Area area, string text) => new[] { area.Name, area.LocalName }.Concat(area.Names.Values).Contains(text.Trim(), StringComparer.OrdinalIgnoreCase);
        return name.Trim().Length == 0 ? null
            : areas.All.FirstOrDefault(a => a.Kind != AreaKind.Country && Named(a, name) && areas.Find(a.Country) is { } c && Named(c, country))?.Id;
    }

    /// <summary>The name of a claim's first area and of its country, for a claim the dataset did not give them to.</summary>
    public static (string Area, string Country) AreaNames(AreaCatalog areas, Claim claim) =>
        claim.Data.Areas.Select(areas.Find).FirstOrDefault(a => a is not null) switch
        {
            { Kind: AreaKind.Country } country => (string.Empty, country.Name),
            { } area => (area.Name, areas.Find(area.Country)?.Name ?? string.Empty),
            null => (string.Empty, string.Empty),
        };

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The first of the named numbers the claim has, written as a number; 0 when it has none.</summary>
    public static string Count(Claim claim, params string[] names) =>
        Number(names.Select(n => claim.Data.Numbers.TryGetValue(n, out var v) ? v : (double?)null).FirstOrDefault(v => v is not null) ?? 0);

    public static string Kept(IReadOnlyDictionary<string, string> kept, string column, string fallback = "") => kept.GetValueOrDefault(column, fallback);

    /// <summary>A title of at most <see cref="ClaimLimits.ShortText"/> characters.</summary>
    public static string Title(string text) => text.Length <= ClaimLimits.ShortText ? text : string.Concat(text.AsSpan(0, ClaimLimits.ShortText - 1), "…");
}
