using BorderMap.Core.Sources;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Map;
using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Furniture;

internal sealed partial class QuotePanel
{
    /// <summary>The source's Admiralty reliability when it is rated; nothing for an unrated source.</summary>
    private static string Rating(Source source) =>
        source.Reliability is null ? string.Empty : $". Source reliability {SourceReliability.Describe(source.Reliability)}";

    private static string SourceLine(string key, string id, Source? source) =>
        source is null
            ? $"{key}  {id}"
            : $"{key}  {source.Title}. {source.Publisher}, {source.PublishedDate}{(source.Url is null ? string.Empty : ". " + source.Url)}{Rating(source)}";

    /// <summary>
    /// How many of the claims, in marker order, the panel lists: the most whose entries fit in its
    /// columns above the overflow note and the events and sources of the claims listed. Listing one
    /// more claim never frees room (its entry, and perhaps its source and event, only add height),
    /// so the count is found by halving; entries and wrapped lines are composed once and kept.
    /// </summary>
    private sealed class PanelFit(TextWrapper wrapper, IReadOnlyList<PlacedClaim> claims, EntryMarks marks, EntryTexts entries, SKRect area, int columns, float columnWidth)
    {
        private readonly Dictionary<string, IReadOnlyList<ShapedLine>> _wrapped = new(StringComparer.Ordinal);

        public (List<Entry> Placed, TextBlock? Note, TextBlock Sources) MostThatFit()
        {
            var best = LayOut(0);
            var (fits, fitsNot) = (0, entries.Count + 1);
            while (fitsNot - fits > 1)
            {
                var count = fits + ((fitsNot - fits) / 2);
                var layout = LayOut(count);
                if (layout.Placed.Count == count)
                {
                    (fits, best) = (count, layout);
                }
                else
                {
                    fitsNot = count;
                }
            }

            return best;
        }

        /// <summary>The panel listing the first <paramref name="count"/> claims, or as many of them as fit when they do not all.</summary>
        private (List<Entry> Placed, TextBlock? Note, TextBlock Sources) LayOut(int count)
        {
            var (listedSources, listedEvents) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            for (var i = 0; i < count; i++)
            {
                listedSources.Add(claims[i].Mark.Source);
                if (marks.EventOf(claims[i].Mark.Id) is { } eventId)
                {
                    listedEvents.Add(eventId);
                }
            }

            var sources = SourcesBlock(NumberedKeys.Only(marks.SourceKeys, listedSources), NumberedKeys.Only(marks.EventNumbers, listedEvents));
            var note = count < claims.Count ? OverflowNote(wrapper, claims.Count - count, area.Width) : null;
            var room = area with { Bottom = area.Bottom - sources.Height - (note?.Height ?? 0) };
            return (Fill(entries, count, room, columns, columnWidth), note, sources);
        }

        /// <summary>The listed claims' events, then their sources, under the panel's entries.</summary>
        private TextBlock SourcesBlock(Dictionary<string, string> sourceKeys, Dictionary<string, string> eventNumbers)
        {
            var block = new TextBlock();
            var eventLines = EventsBlock.Lines(eventNumbers, marks.Events, sourceKeys, marks.Sources);
            if (eventLines.Count > 0)
            {
                block.Space(4).Add(wrapper.Wrap("Events", TitleStyle, area.Width));
                eventLines.ForEach(line => block.Add(Wrapped(line)));
            }

            if (sourceKeys.Count > 0)
            {
                block.Space(4).Add(wrapper.Wrap("Sources", TitleStyle, area.Width));
                foreach (var id in NumberedKeys.InOrder(sourceKeys))
                {
                    block.Add(Wrapped(SourceLine(sourceKeys[id], id, marks.Sources.GetValueOrDefault(id))));
                }
            }

            return block;
        }

        private IReadOnlyList<ShapedLine> Wrapped(string line)
        {
            if (!_wrapped.TryGetValue(line, out var lines))
            {
                _wrapped[line] = lines = wrapper.Wrap(line, SmallStyle, area.Width);
            }

            return lines;
        }
    }
}
