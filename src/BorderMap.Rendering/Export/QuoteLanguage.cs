namespace BorderMap.Rendering.Export;

/// <summary>Which text of each quote the panel prints (parameter <c>quotes</c>).</summary>
public enum QuoteLanguage
{
    /// <summary>The verbatim quote, then its English translation beneath it (the default).</summary>
    Both,

    /// <summary>The verbatim quote only, in the source's language.</summary>
    Original,

    /// <summary>The English translation only.</summary>
    Translation,
}

/// <summary>The values of <c>quotes</c> as written in the API and on the command line.</summary>
public static class QuoteLanguages
{
    public static IReadOnlyList<string> Names { get; } = ["original", "translation", "both"];

    public static QuoteLanguage? Parse(string text) => text.ToLowerInvariant() switch
    {
        "original" => QuoteLanguage.Original,
        "translation" => QuoteLanguage.Translation,
        "both" => QuoteLanguage.Both,
        _ => null,
    };
}
