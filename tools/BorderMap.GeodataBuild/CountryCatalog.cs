namespace BorderMap.GeodataBuild;

/// <summary>A country in the output, with the CLDR locale of its official language for <c>localName</c>.</summary>
internal sealed record CountryEntry(string Id, string EnglishName, string OfficialLanguage);

/// <summary>Tajikistan, Afghanistan and their neighbours, in ISO 3166-1 alpha-2.</summary>
internal static class CountryCatalog
{
    public static readonly IReadOnlyList<CountryEntry> Entries =
    [
        new("AF", "Afghanistan", "fa"),
        new("CN", "China", "zh"),
        new("IR", "Iran", "fa"),
        new("KG", "Kyrgyzstan", "ky"),
        new("PK", "Pakistan", "ur"),
        new("TJ", "Tajikistan", "tg"),
        new("TM", "Turkmenistan", "tk"),
        new("UZ", "Uzbekistan", "uz"),
    ];

    /// <summary>Only Tajikistan is a focus country: the app is about its border with Afghanistan.</summary>
    public const string FocusId = "TJ";

    public static IReadOnlyList<string> Ids => [.. Entries.Select(e => e.Id)];
}
