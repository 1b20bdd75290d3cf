using System.Buffers;

namespace BorderMap.Core.Extraction;

/// <summary>
/// The military commissariat, the office that calls up reservists ("военкомат", "комиссариати ҳарбӣ", "کمیساریای نظامی", "پوځي
/// کمېسارۍ", "المفوضية العسكرية", "Militärkommissariat"), is an office of the former Soviet states: Afghanistan has none. In the reports
/// BorderMap reads the call-ups are Tajikistan's, so of a name's places on both sides of the border, a sentence that names the office
/// means the Tajik one ("В Мургабском районе, граничащем с Ваханским коридором, военкомат призвал …": Tajik Murghob, not Badghis'
/// Murghab; "کمیساریای نظامی ناحیه یاوان": Tajik Yovon, not Badakhshan's Yawan). As with the Taliban in <see cref="Demonyms"/>, it
/// says a country only where the name has a Tajik place and one elsewhere.
/// </summary>
internal static class CallUpOffices
{
    public const string Country = "TJ";

    private static readonly string[] OfficeStems =
    [
        "commissariat", "kommissariat", "komisariat", "комиссариат", "военкомат", "کمیسار", "کمېسار", "مفوضية العسكرية", "مفوضية عسكرية",
    ];

    private static readonly SearchValues<string> AnyOfficeStem = SearchValues.Create(OfficeStems, StringComparison.Ordinal);

    /// <summary>Whether a sentence names a military commissariat (checked once per sentence, and only for a name of two countries).</summary>
    public static bool Named(string text, TextSpan sentence) => LoweredSearch.ContainsAny(text, sentence, AnyOfficeStem);

    /// <summary>Whether a name's places include a Tajik one and one in another country: only then does the office choose.</summary>
    public static bool OnBothSides(List<Geocoding.NameMatch> matches)
    {
        var (tajik, other) = (false, false);
        foreach (var match in matches)
        {
            tajik |= match.Name.Place.Country == Country;
            other |= match.Name.Place.Country != Country;
        }

        return tajik && other;
    }
}
