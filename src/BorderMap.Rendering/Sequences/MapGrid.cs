using SkiaSharp;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// The cells of a small-multiples grid: every map the same size and shape as the frame it shows
/// (so all share one scale), with a caption line above it, in the number of columns that makes the
/// maps largest within the space given.
/// </summary>
internal sealed record MapGrid(IReadOnlyList<SKRect> Maps, float CaptionHeight)
{
    private const float Gap = 8;

    /// <param name="aspect">The frame's width over its height (in projected units).</param>
    public static MapGrid Compute(SKRect space, int count, double aspect, float captionHeight)
    {
        var (bestColumns, bestWidth) = (1, 0f);
        for (var columns = 1; columns <= count; columns++)
        {
            var rows = (count + columns - 1) / columns;
            var cellWidth = (space.Width - ((columns - 1) * Gap)) / columns;
            var cellHeight = ((space.Height - ((rows - 1) * Gap)) / rows) - captionHeight;
            var width = (float)Math.Min(cellWidth, cellHeight * aspect);
            if (width > bestWidth)
            {
                (bestColumns, bestWidth) = (columns, width);
            }
        }

        var mapWidth = Math.Max(bestWidth, 1);
        var mapHeight = (float)(mapWidth / aspect);
        var bestRows = (count + bestColumns - 1) / bestColumns;
        // Centre the grid in the space.
        var left = space.Left + ((space.Width - ((bestColumns * mapWidth) + ((bestColumns - 1) * Gap))) / 2);
        var top = space.Top + ((space.Height - ((bestRows * (mapHeight + captionHeight)) + ((bestRows - 1) * Gap))) / 2);
        var maps = Enumerable.Range(0, count).Select(i =>
        {
            var (row, column) = (i / bestColumns, i % bestColumns);
            var x = left + (column * (mapWidth + Gap));
            var y = top + (row * (mapHeight + captionHeight + Gap)) + captionHeight;
            return SKRect.Create(x, y, mapWidth, mapHeight);
        });
        return new MapGrid([.. maps], captionHeight);
    }
}
