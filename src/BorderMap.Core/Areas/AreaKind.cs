namespace BorderMap.Core.Areas;

/// <summary>What an area feature in the boundary data stands for.</summary>
public enum AreaKind
{
    Country,
    Province,
    River,
}
