using BorderMap.Core.Search;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// The matching rules, strongest first: the same name (1.0); the same folded key, i.e. another
/// romanisation or script form (0.95); a Cyrillic case form or German/English genitive -s (0.9); a
/// Perso-Arabic name whose consonants match a Latin name (0.8); one or two typos (0.75, 0.65; two
/// only for keys of eight letters or more); a prefix of a longer name (0.6, for type-ahead only).
/// Looser rules run only when the stricter ones found nothing.
/// </summary>
public static class NameMatcher
{
    public const double Exact = 1, Folded = 0.95, Inflected = 0.9, Skeleton = 0.8, OneTypo = 0.75, TwoTypos = 0.65, Prefix = 0.6;

    private const int MaxPrefixMatches = 40;

    public static List<NameMatch> Match(Gazetteer gazetteer, string query, bool allowPrefix)
    {
        var text = query.Trim();
        var key = NameTokens.Key(text);
        var matches = new List<NameMatch>();
        if (key.Length < 2)
        {
            return matches;
        }

        foreach (var name in gazetteer.ByKey(key))
        {
            var same = string.Equals(name.Name.Text, text, StringComparison.OrdinalIgnoreCase);
            matches.Add(new NameMatch(name, same ? Exact : Folded, same ? $"exact name '{name.Name.Text}'" : $"spelling of '{name.Name.Text}'{Language(name)}"));
        }

        if (matches.Count == 0)
        {
            AddInflected(gazetteer, text, key, matches);
        }

        if (matches.Count == 0 && NameTokens.IsArabicScript(text[0]))
        {
            foreach (var name in gazetteer.BySkeleton(ConsonantSkeleton.OfPersoArabic(text)))
            {
                matches.Add(new NameMatch(name, Skeleton, $"consonants of '{name.Name.Text}'"));
            }
        }

        if (matches.Count == 0)
        {
            var allowed = key.Length >= 8 ? 2 : key.Length >= 4 ? 1 : 0;
            foreach (var (fuzzyKey, distance) in allowed > 0 ? gazetteer.Fuzzy.Within(key, allowed) : [])
            {
                foreach (var name in gazetteer.ByKey(fuzzyKey))
                {
                    matches.Add(new NameMatch(name, distance == 1 ? OneTypo : TwoTypos, $"{distance} letter(s) from '{name.Name.Text}'"));
                }
            }
        }

        if (allowPrefix && key.Length >= 3)
        {
            AddPrefixes(gazetteer, key, matches);
        }

        return matches;
    }

    /// <summary>A Cyrillic case form ("Бадахшане") or a genitive -s ("Afghanistans", "Afghanistan's", folded alike).</summary>
    public static void AddInflected(Gazetteer gazetteer, string text, string key, List<NameMatch> matches)
    {
        if (CyrillicStem.Of(text) is { } stem && NameTokens.Split(text).Count == 1)
        {
            foreach (var name in gazetteer.ByStem(NameFolding.Fold(stem)))
            {
                matches.Add(new NameMatch(name, Inflected, $"case form of '{name.Name.Text}'"));
            }
        }
        else if (key.Length > 4 && key[^1] == 's')
        {
            foreach (var name in gazetteer.ByKey(key[..^1]))
            {
                matches.Add(new NameMatch(name, Inflected, $"genitive of '{name.Name.Text}'"));
            }
        }
    }

    private static void AddPrefixes(Gazetteer gazetteer, string key, List<NameMatch> matches)
    {
        var keys = gazetteer.Keys;
        var low = 0;
        var high = keys.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(keys[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < keys.Count && i - low < MaxPrefixMatches && keys[i].StartsWith(key, StringComparison.Ordinal); i++)
        {
            if (keys[i].Length > key.Length)
            {
                foreach (var name in gazetteer.ByKey(keys[i]))
                {
                    matches.Add(new NameMatch(name, Prefix, $"starts like '{name.Name.Text}'"));
                }
            }
        }
    }

    private static string Language(NameRef name) => name.Name.Language.Length > 0 ? $" ({name.Name.Language})" : "";
}
