using System.Globalization;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Measurement;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Text;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// One claim's entry in the quote panel: its number hanging in the indent, its title, the quote
/// (verbatim, its English translation, or the verbatim quote with the translation beneath, as
/// <see cref="QuoteLanguage"/> asks), then when, where (the resolved place's name), status and source key,
/// and each measured check of a stated number (<see cref="CheckText"/>).
/// </summary>
internal sealed class QuoteEntry(TextWrapper wrapper, ResolvedPlace places, QuoteLanguage language, AreaCatalog areas)
{
    public const float Indent = 22;

    private static readonly TextStyle TitleStyle = new(7.5f, FontWeight.Bold, Ink.Text);
    private static readonly TextStyle QuoteStyle = new(7, FontWeight.Italic, Ink.Text);
    private static readonly TextStyle TranslationStyle = new(7, FontWeight.Regular, Ink.Text);
    private static readonly TextStyle SmallStyle = new(6.5f, FontWeight.Regular, Ink.Muted);

    /// <summary>
    /// The least height an entry can have, whatever its claim: its quote (or translation) and its
    /// line of when and where take a line each at least; the number shares the title's first line.
    /// </summary>
    public static float MinHeight => QuoteStyle.LineHeight + SmallStyle.LineHeight;

    public TextBlock Compose(Claim claim, int number, string sourceKey, float width)
    {
        var data = claim.Data;
        var textWidth = width - Indent;
        var when = data.EndDate is null ? data.EventDate : $"{data.EventDate} to {data.EndDate}";
        var precision = ClaimVocabulary.GeoPrecisions.GetValueOrDefault(data.GeoPrecision, "unknown precision");
        var meta = $"{when} · {places.For(claim)} ({precision}) · {data.Status} · source {sourceKey}";
        var block = new TextBlock()
            .Add(wrapper.Wrap(number.ToString(CultureInfo.InvariantCulture), TitleStyle, Indent).Take(1))
            .Space(-TitleStyle.LineHeight)
            .Add(wrapper.Wrap(data.Title, TitleStyle, textWidth), Indent);
        var translation = string.IsNullOrWhiteSpace(data.Translation) ? null : data.Translation;
        if (language != QuoteLanguage.Translation || translation is null)
        {
            block.Add(wrapper.Wrap(Quoted(data.Quote.Text), QuoteStyle, textWidth), Indent);
        }

        if (language != QuoteLanguage.Original && translation is not null)
        {
            var style = language == QuoteLanguage.Both ? TranslationStyle : QuoteStyle;
            block.Add(wrapper.Wrap(language == QuoteLanguage.Both ? "English: " + translation : Quoted(translation), style, textWidth), Indent);
        }

        block.Add(wrapper.Wrap(meta, SmallStyle, textWidth), Indent);
        foreach (var check in ClaimCheck.For(claim, areas))
        {
            block.Add(wrapper.Wrap(CheckText.For(check), SmallStyle, textWidth), Indent);
        }

        return block;
    }

    /// <summary>
    /// The text in curly double quotes. Quote marks of its own become single marks, as for a quote
    /// within a quote, so the marks never double up (““…””); a text that is one quotation already
    /// (“…” with no marks inside) keeps its own.
    /// </summary>
    internal static string Quoted(string text)
    {
        text = text.Trim();
        var inner = text.Length >= 2 ? text[1..^1] : string.Empty;
        if (text.Length >= 2 && IsOpening(text[0]) && IsClosing(text[^1]) && !inner.Any(IsMark))
        {
            return text;
        }

        var nested = string.Concat(text.Select(c => c switch
        {
            '“' or '„' or '«' => '‘',
            '”' or '»' => '’',
            '"' => '\'',
            _ => c,
        }));
        return $"“{nested}”";
    }

    private static bool IsOpening(char c) => c is '“' or '„' or '«' or '"';

    private static bool IsClosing(char c) => c is '”' or '»' or '"';

    private static bool IsMark(char c) => IsOpening(c) || IsClosing(c);
}
