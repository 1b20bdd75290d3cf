namespace BorderMap.Core.Extraction;

/// <summary>
/// Folded keys of gazetteer names that are also everyday words in the languages BorderMap reads
/// (Indonesian, English, German, Russian, French), such as the Pakistani town Tank in "Tank dan
/// helikopter". A capitalised such word is no evidence of a place, so the mention finder skips it
/// unless it names a country, a province or a capital, which the gazetteer ranks far above the word.
/// Grown one false positive at a time, each entry a folded key with the case that added it.
/// </summary>
public static class CommonWords
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "tank", // Tank, Khyber Pakhtunkhwa; the seed article's "Tank dan helikopter"
    };

    public static bool Contains(string key) => Keys.Contains(key);
}
