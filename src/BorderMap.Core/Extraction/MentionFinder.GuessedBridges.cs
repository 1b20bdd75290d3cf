using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// A bridge word beside a town's name that the scan read only by its consonants: the crossing named after that town.
public sealed partial class MentionFinder
{
    // The Perso-Arabic bridge words: Arabic writes "جسر" before the name, Persian, Pashto and Urdu "پل" before or after it.
    private const string ArabicBridge = "جسر", PersianBridge = "پل";

    /// <summary>
    /// "عبروا جسر بنجي بويون", "پنجی پویون پل پار کر گئے": a town's name written in letters the gazetteer does not hold (read by its
    /// consonants, so the crossing's composed names "جسر بنج بايان", "پل پنج پایان" were not met as written), with a bridge word right
    /// before or after it, is the crossing named after the town (the README: a named bridge is the crossing, its kind word inside the
    /// span). The bridge word joins the span and the crossing replaces the town; a town no crossing is named after stays as it is.
    /// </summary>
    private (int First, int Last, List<NameMatch> Matches) WithGuessedBridge(string text, List<Token> tokens, int first, int last, List<NameMatch> matches)
    {
        if (!NameTokens.IsArabicScript(text[tokens[first].Start]) || matches.Exists(m => m.Name.Place.Kind == PlaceKinds.Crossing)
            || !matches.TrueForAll(m => m.Strength <= NameMatcher.Skeleton))
        {
            return (first, last, matches);
        }

        var before = first > 0 && OnlySpaceBetween(text, tokens[first - 1], tokens[first]) && WordCopies.Of(text, tokens[first - 1]) is ArabicBridge or PersianBridge;
        var after = last + 1 < tokens.Count && OnlySpaceBetween(text, tokens[last], tokens[last + 1]) && WordCopies.Of(text, tokens[last + 1]) == PersianBridge;
        if ((!before && !after) || CrossingNamedAfter(matches) is not { } crossing)
        {
            return (first, last, matches);
        }

        return (before ? first - 1 : first, after && !before ? last + 1 : last, [crossing]);
    }

    // The crossing whose name is a matched town's name in a bridge pattern ("Panji Poyon bridge", "پل پنج پایان"), as strong as the town's match.
    private NameMatch? CrossingNamedAfter(List<NameMatch> matches)
    {
        foreach (var town in matches.Where(m => m.Name.Place.Kind == PlaceKinds.PopulatedPlace))
        {
            var bridgeName = NameTokens.IsArabicScript(town.Name.Name.Text[0]) ? $"{PersianBridge} {town.Name.Name.Text}" : $"{town.Name.Name.Text} bridge";
            if (Geocoder.Gazetteer.ByKey(NameTokens.Key(bridgeName)).FirstOrDefault(r => r.Place.Kind == PlaceKinds.Crossing) is { } crossing)
            {
                return new NameMatch(crossing, town.Strength, $"the bridge named after {town.Name.Place.Name}, whose consonants the name has");
            }
        }

        return null;
    }
}
