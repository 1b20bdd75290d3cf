using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Map;
using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// The numbered quotes: for each claim on the map, in marker order, its number and symbol and its
/// <see cref="QuoteEntry"/> (title, quote and translation, when and where, source key); the sources
/// follow in full. Entries fill the panel's columns until one no longer fits; the claims left over
/// stay on the map without numbers, and a note says how many there are. The events the listed
/// claims belong to are numbered and listed above the sources with all their sources
/// (<see cref="EventsBlock"/>), and each claim's entry names its event. Entries are composed
/// lazily, so a map with thousands of claims measures only what fits.
/// </summary>
internal sealed class QuotePanel(RenderStyle style, TextWrapper wrapper, TextPainter painter, QuoteEntry entryText)
{
    private const float ColumnGap = 12;
    private const float EntryGap = 5;

    private static readonly TextStyle HeadingStyle = new(9, FontWeight.Bold, Ink.Text);
    private static readonly TextStyle TitleStyle = new(7.5f, FontWeight.Bold, Ink.Text);
    private static readonly TextStyle SmallStyle = new(6.5f, FontWeight.Regular, Ink.Muted);

    /// <summary>
    /// At most how many entries a panel of <paramref name="rect"/> in <paramref name="columns"/> can
    /// list, were every entry as short as an entry can be (<see cref="QuoteEntry.MinHeight"/>): the
    /// claims the panel may quote are that many of the first in marker order, and no more.
    /// </summary>
    public static int Capacity(SKRect rect, int columns) =>
        // One more a column than the division gives, against its rounding.
        columns * ((int)Math.Max(0, Math.Floor((rect.Height + EntryGap) / (QuoteEntry.MinHeight + EntryGap))) + 1);

    /// <summary>
    /// Lays the panel out and numbers the claims that get listed (the rest keep no number).
    /// <paramref name="quoted"/> holds, by id, the whole claims of at least the first
    /// <see cref="Capacity"/> of <paramref name="claims"/>: the entries are composed from them.
    /// </summary>
    public Composition Compose(IReadOnlyList<PlacedClaim> claims, IReadOnlyDictionary<string, Claim> quoted, IReadOnlyList<Source> sources, SKRect rect, int columns, IReadOnlyList<ExportEvent>? events = null)
    {
        events ??= [];
        var columnWidth = (rect.Width - ((columns - 1) * ColumnGap)) / columns;
        var sourceKeys = NumberedKeys.Number(claims.Select(c => c.Mark.Source), "S");
        var heading = new TextBlock()
            .Add(wrapper.Wrap(claims.Count == 0 ? "No claims match the filters" : "Claims and their sources", HeadingStyle, rect.Width))
            .Space(3);
        var sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var marks = new EntryMarks(sourceKeys, sourcesById, EventsBlock.Number(claims.Select(c => c.Mark.Id), events), events);
        var sourcesBlock = SourcesBlock(marks, marks.EventNumbers, rect.Width);
        var top = rect.Top + heading.Height;

        // First try without an overflow note; if not everything fits, make room for it and refill.
        var placed = Fill(claims, quoted, marks, new SKRect(rect.Left, top, rect.Right, rect.Bottom - sourcesBlock.Height), columns, columnWidth);
        TextBlock? note = null;
        if (placed.Count < claims.Count)
        {
            note = OverflowNote(claims.Count - placed.Count, rect.Width);
            placed = Fill(claims, quoted, marks, new SKRect(rect.Left, top, rect.Right, rect.Bottom - sourcesBlock.Height - note.Height), columns, columnWidth);
            note = OverflowNote(claims.Count - placed.Count, rect.Width);
        }

        var listedSources = placed.Select(p => claims[p.Index].Mark.Source).ToHashSet(StringComparer.Ordinal);
        var listedEvents = placed.Select(p => marks.EventOf(claims[p.Index].Mark.Id)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var usedSources = SourcesBlock(
            marks with { SourceKeys = NumberedKeys.Only(sourceKeys, listedSources) },
            NumberedKeys.Only(marks.EventNumbers, listedEvents),
            rect.Width);
        var numbered = claims.Select((c, i) => i < placed.Count ? c with { Number = i + 1 } : c).ToList();
        return new Composition(rect, heading, placed, note, usedSources, numbered);
    }

    public void Draw(SKCanvas canvas, Composition composition)
    {
        var rect = composition.Rect;
        composition.Heading.Draw(canvas, painter, rect.Left, rect.Top);
        var radius = ClaimSymbol.Radius(style) * 0.55f;
        foreach (var entry in composition.Entries)
        {
            var claim = composition.Claims[entry.Index];
            if (claim.Selected)
            {
                using var highlight = new SKPaint { Color = Ink.Highlight };
                canvas.DrawRect(new SKRect(entry.At.X - 2, entry.At.Y - 2, entry.At.X + entry.Width + 2, entry.At.Y + entry.Block.Height), highlight);
            }

            entry.Block.Draw(canvas, painter, entry.At.X, entry.At.Y);
            var category = style.Style.For(claim.Mark.Category);
            using var symbol = new ClaimSymbol(category.Symbol, style.CategoryColour(category.Id), radius);
            symbol.Draw(canvas, new SKPoint(entry.At.X + QuoteEntry.Indent - 6, entry.At.Y + 5));
        }

        var bottom = rect.Bottom - composition.Sources.Height;
        composition.Note?.Draw(canvas, painter, rect.Left, bottom - composition.Note.Height);
        composition.Sources.Draw(canvas, painter, rect.Left, bottom);
    }

    private List<Entry> Fill(IReadOnlyList<PlacedClaim> claims, IReadOnlyDictionary<string, Claim> quoted, EntryMarks marks, SKRect area, int columns, float columnWidth)
    {
        var entries = new List<Entry>();
        var column = 0;
        var y = area.Top;
        for (var i = 0; i < claims.Count; i++)
        {
            // A claim past the panel's capacity could not fit, so its whole claim was not read.
            if (!quoted.TryGetValue(claims[i].Mark.Id, out var claim))
            {
                break;
            }

            var block = entryText.Compose(claim, i + 1, marks.For(claim), columnWidth);
            if (y + block.Height > area.Bottom)
            {
                if (++column >= columns)
                {
                    break;
                }

                y = area.Top;
                if (y + block.Height > area.Bottom)
                {
                    break;
                }
            }

            entries.Add(new Entry(i, block, new SKPoint(area.Left + (column * (columnWidth + ColumnGap)), y), columnWidth));
            y += block.Height + EntryGap;
        }

        return entries;
    }

    private TextBlock SourcesBlock(EntryMarks marks, Dictionary<string, string> eventNumbers, float width)
    {
        var (keys, sources) = (marks.SourceKeys, marks.Sources);
        var block = new TextBlock();
        new EventsBlock(wrapper).AddTo(block, eventNumbers, marks.Events, marks.SourceKeys, sources, width);
        if (keys.Count == 0)
        {
            return block;
        }

        block.Space(4).Add(wrapper.Wrap("Sources", TitleStyle, width));
        foreach (var id in NumberedKeys.InOrder(keys))
        {
            var key = keys[id];
            var source = sources.GetValueOrDefault(id);
            var text = source is null
                ? $"{key}  {id}"
                : $"{key}  {source.Title}. {source.Publisher}, {source.PublishedDate}{(source.Url is null ? string.Empty : ". " + source.Url)}{Rating(source)}";
            block.Add(wrapper.Wrap(text, SmallStyle, width));
        }

        return block;
    }

    /// <summary>The source's Admiralty reliability when it is rated; nothing for an unrated source.</summary>
    private static string Rating(Source source) =>
        source.Reliability is null ? string.Empty : $". Source reliability {SourceReliability.Describe(source.Reliability)}";

    private TextBlock OverflowNote(int unlisted, float width) =>
        new TextBlock().Space(2).Add(wrapper.Wrap(
            string.Create(CultureInfo.InvariantCulture, $"{unlisted:N0} more {(unlisted == 1 ? "claim is" : "claims are")} on the map without a number: there is no room for their quotes. Narrow the filters or use a larger page to list them."),
            new TextStyle(6.5f, FontWeight.Italic, Ink.Muted),
            width));

    /// <summary>One listed claim: the index of its claim, its text and where it goes.</summary>
    internal sealed record Entry(int Index, TextBlock Block, SKPoint At, float Width);

    /// <summary>A laid-out panel, and the claims with the numbers it gave them.</summary>
    internal sealed record Composition(SKRect Rect, TextBlock Heading, IReadOnlyList<Entry> Entries, TextBlock? Note, TextBlock Sources, IReadOnlyList<PlacedClaim> Claims);
}
