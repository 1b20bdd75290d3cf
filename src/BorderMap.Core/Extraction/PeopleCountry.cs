namespace BorderMap.Core.Extraction;

/// <summary>
/// The country of the people a sentence says held a place: guards whose post stands at it (<see cref="Demonyms.PostCountry"/>), soldiers
/// who left or lost it ("Afghan soldiers who abandoned the Shighnan district", "афганских военных, оставивших уезд Шугнан", "جنديا أفغانيا
/// تركوا مديرية شغنان"). A place given up was held by those who gave it up, so of two namesakes across the river it is the one on their
/// side, whatever the places the crossing then reached ("… crossed the Panj into the Rushan district").
/// </summary>
internal static class PeopleCountry
{
    private const int Reach = 80; // characters between the people's adjective and the name: "Afghan border guards who left their post at"

    /// <summary>
    /// The country of the people who left or lost the place named at <paramref name="name"/> (<see cref="Geocoding.TerritoryCues.IsLeft"/>):
    /// the last country or demonym of the sentence before the name, or, where Urdu's agent participle puts the people after it ("ضلع
    /// شغنان کو چھوڑنے والے … افغان فوجی", the Afghan soldiers who left the Shighnan district), the first after it.
    /// </summary>
    public static string? OfLeavers(string text, List<CountryCue> cues, TextSpan sentence, TextSpan name)
    {
        var inSentence = InSentence(cues, sentence);
        return Before(inSentence, name)
            ?? (After(inSentence, name) is { } after && HasAgentParticiple(text.AsSpan(name.End, after.At - name.End)) ? after.Country : null);
    }

    /// <summary>The cues within the sentence, in text order.</summary>
    public static List<CountryCue> InSentence(List<CountryCue> cues, TextSpan sentence) => cues.FindAll(c => c.At >= sentence.Start && c.End <= sentence.End);

    /// <summary>The country of the last cue before the name, within reach: the people stand before the place in most languages.</summary>
    public static string? Before(List<CountryCue> inSentence, TextSpan name) =>
        inSentence.LastOrDefault(c => c.End <= name.Start && name.Start - c.End <= Reach).Country;

    /// <summary>The first cue after the name, within reach, if any.</summary>
    public static CountryCue? After(List<CountryCue> inSentence, TextSpan name) =>
        inSentence.FindIndex(c => c.At >= name.End && c.At - name.End <= Reach) is var at and >= 0 ? inSentence[at] : null;

    // Urdu "چھوڑنے والے" (the ones who left): the participle of the doer, after which the people are named.
    private static bool HasAgentParticiple(ReadOnlySpan<char> between)
    {
        foreach (var range in between.SplitAny(' ', '\u00A0', '\u200C'))
        {
            if (between[range] is "والے" or "والی" or "والوں")
            {
                return true;
            }
        }

        return false;
    }
}
