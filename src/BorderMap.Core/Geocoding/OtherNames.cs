namespace BorderMap.Core.Geocoding;

/// <summary>
/// Whether a town was matched by a name that spells none of its own but is another town's own: GeoNames lists the names a town once
/// bore among its names ("Pyandzh" for Dŭstí, the old name of Panj's neighbour; "Kolkhozabad" for Vose'), and the town whose own name
/// they still are is meant ("Pyandzh" is how Russian writes Panj; Kolkhozobod). A Latin name is a place's own when it has the
/// consonants of the place's main name, as another romanisation of it does ("Pyandzh" and "Panj"); names in other scripts are the
/// languages' own and are not compared. A seat town that GeoNames names otherwise keeps its district's name ("Andarab"): no other
/// town has that name as its own.
/// </summary>
public static class OtherNames
{
    // Asked of every town a text's names match, with the same few names again and again: each name's key and consonants are worked
    // out once (see WordMemo).
    private static readonly Extraction.WordMemo<string> Keys = new(NameTokens.Key);

    private static readonly Extraction.WordMemo<string> LatinSkeletons = new(ConsonantSkeleton.OfLatin);

    public static bool IsOtherTownsOwn(Gazetteer gazetteer, NameRef name)
    {
        var text = name.Name.Text;
        if (name.Place.Kind != PlaceKinds.PopulatedPlace || text == name.Place.Name || !IsLatin(text) || !IsLatin(name.Place.Name) || SpellsOwnName(text, name.Place))
        {
            return false;
        }

        foreach (var other in gazetteer.ByKey(Keys.Of(text)))
        {
            if (other.Place.Kind == PlaceKinds.PopulatedPlace && other.Place.Id != name.Place.Id && IsLatin(other.Place.Name) && SpellsOwnName(text, other.Place))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpellsOwnName(string text, Place place) => LatinSkeletons.Of(text) == LatinSkeletons.Of(place.Name);

    private static bool IsLatin(string name) => name.Length > 0 && !CyrillicStem.IsCyrillic(name[0]) && !NameTokens.IsArabicScript(name[0]);
}
