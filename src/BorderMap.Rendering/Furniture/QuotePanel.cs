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
internal sealed partial class QuotePanel(RenderStyle style, TextWrapper wrapper, TextPainter painter, QuoteEntry entryText)
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
    /// The panel lists as many claims as fit above the events and sources of the claims listed,
    /// not of every claim on the map: room kept for sources nobody reads would leave the panel's
    /// bottom blank on a map of many sources.
    /// </summary>
    public Composition Compose(IReadOnlyList<PlacedClaim> claims, IReadOnlyDictionary<string, Claim> quoted, IReadOnlyList<Source> sources, SKRect rect, int columns, IReadOnlyList<ExportEvent>? events = null)
    {
        events ??= [];
        var columnWidth = (rect.Width - ((columns - 1) * ColumnGap)) / columns;
        var heading = new TextBlock()
            .Add(wrapper.Wrap(claims.Count == 0 ? "No claims match the filters" : "Claims and their sources", HeadingStyle, rect.Width))
            .Space(3);
        var marks = new EntryMarks(
            NumberedKeys.Number(claims.Select(c => c.Mark.Source), "S"),
            sources.ToDictionary(s => s.Id, StringComparer.Ordinal),
            EventsBlock.Number(claims.Select(c => c.Mark.Id), events),
            events);
        var entries = new EntryTexts(entryText, claims, quoted, marks, columnWidth);
        var fitting = new PanelFit(wrapper, claims, marks, entries, rect with { Top = rect.Top + heading.Height }, columns, columnWidth);
        var (placed, note, listedSources) = fitting.MostThatFit();
        var numbered = claims.Select((c, i) => i < placed.Count ? c with { Number = i + 1 } : c).ToList();
        return new Composition(rect, heading, placed, note, listedSources, numbered);
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

    /// <summary>Places the entries of the first <paramref name="count"/> claims column by column in <paramref name="area"/>, until one no longer fits.</summary>
    private static List<Entry> Fill(EntryTexts entries, int count, SKRect area, int columns, float columnWidth)
    {
        var placed = new List<Entry>();
        var column = 0;
        var y = area.Top;
        for (var i = 0; i < count; i++)
        {
            var block = entries[i];
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

            placed.Add(new Entry(i, block, new SKPoint(area.Left + (column * (columnWidth + ColumnGap)), y), columnWidth));
            y += block.Height + EntryGap;
        }

        return placed;
    }

    private static TextBlock OverflowNote(TextWrapper wrapper, int unlisted, float width) =>
        new TextBlock().Space(2).Add(wrapper.Wrap(
            string.Create(CultureInfo.InvariantCulture, $"{unlisted:N0} more {(unlisted == 1 ? "claim is" : "claims are")} on the map without a number: there is no room for their quotes. Narrow the filters or use a larger page to list them."),
            new TextStyle(6.5f, FontWeight.Italic, Ink.Muted),
            width));

    /// <summary>One listed claim: the index of its claim, its text and where it goes.</summary>
    internal sealed record Entry(int Index, TextBlock Block, SKPoint At, float Width);

    /// <summary>A laid-out panel, and the claims with the numbers it gave them.</summary>
    internal sealed record Composition(SKRect Rect, TextBlock Heading, IReadOnlyList<Entry> Entries, TextBlock? Note, TextBlock Sources, IReadOnlyList<PlacedClaim> Claims);
}
