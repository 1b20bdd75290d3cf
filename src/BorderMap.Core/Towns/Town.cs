namespace BorderMap.Core.Towns;

/// <summary>
/// A town drawn on maps: its gazetteer id, its English name as maps print it, why it is shown
/// (<see cref="TownRank"/>), its country (ISO 3166-1 alpha-2) and its position (WGS 84).
/// </summary>
public sealed record Town(string Id, string Name, TownRank Rank, string Country, double Lat, double Lon);

/// <summary>Why a town is on the map, most important first: a crowded map drops the last ranks first.</summary>
public enum TownRank
{
    /// <summary>A national capital (Dushanbe, Kabul).</summary>
    Capital,

    /// <summary>The seat of a province (Afghanistan) or region (Tajikistan).</summary>
    Provincial,

    /// <summary>A town near the Tajik–Afghan border (see <see cref="TownCatalog"/> for the rule).</summary>
    Border,
}

/// <summary>The ranks' names in the API and in tests.</summary>
public static class TownRanks
{
    public static string Name(TownRank rank) => rank switch
    {
        TownRank.Capital => "capital",
        TownRank.Provincial => "provincial",
        _ => "border",
    };
}
