namespace BorderMap.Storage;

/// <summary>
/// The pre-counted actors and areas of the claims in each area, that region facets (the region
/// panel's actors and the areas within a region) read instead of the claims: each store keeps a
/// table <c>claim_area_values</c> with, per area and per the <see cref="DayCounts"/> columns (first
/// day, last day, category, status, precision), the number of claims that name each actor
/// (kind <see cref="Actor"/>, also under area <c>''</c> for every claim) and that belong to each
/// other area too (kind <see cref="Area"/>). The database keeps it in the same transaction as every
/// claim write, import and delete; it answers exactly the filters <see cref="DayCounts.Answer"/> allows.
/// </summary>
internal static class AreaValueCounts
{
    public const string Actor = "actor";

    public const string Area = "area";
}
