using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Map;
using SkiaSharp;

namespace BorderMap.Rendering.Gif;

/// <summary>
/// The one 256-colour table every frame of an animated GIF shares. It starts with the colours that
/// must survive exactly (white, the text inks, every claim category's colour) and fills the rest
/// with the commonest colours of a sample frame, counted in 15-bit bins (the mean of each bin, so a
/// flat fill keeps its exact colour). Every pixel is then mapped through its 15-bit bin to the
/// nearest entry, a table lookup, without dithering, which would only add noise to flat map fills
/// and cost compression. Equal frames give equal tables, so the file is deterministic.
/// </summary>
internal sealed class GifPalette
{
    public const int Size = 256;
    private const int Bins = 1 << 15;

    private readonly byte[] _nearest = new byte[Bins];

    private GifPalette(IReadOnlyList<SKColor> colours)
    {
        Colours = colours;
        for (var bin = 0; bin < Bins; bin++)
        {
            _nearest[bin] = Nearest(colours, BinCentre(bin));
        }

        // A colour in the table is its own bin's answer, even when another entry lies nearer the bin's centre.
        for (var i = colours.Count - 1; i >= 0; i--)
        {
            _nearest[Bin(colours[i].Red, colours[i].Green, colours[i].Blue)] = (byte)i;
        }
    }

    /// <summary>The table's colours, exactly <see cref="Size"/>.</summary>
    public IReadOnlyList<SKColor> Colours { get; }

    /// <summary>A palette for frames that look like <paramref name="sample"/> (an opaque RGBA bitmap).</summary>
    public static GifPalette From(SKBitmap sample)
    {
        var fixedColours = FixedColours();
        var counts = new long[Bins];
        var sums = new long[Bins * 3];
        var pixels = sample.GetPixelSpan();
        for (var i = 0; i + 3 < pixels.Length; i += 4)
        {
            var bin = Bin(pixels[i], pixels[i + 1], pixels[i + 2]);
            counts[bin]++;
            sums[bin * 3] += pixels[i];
            sums[(bin * 3) + 1] += pixels[i + 1];
            sums[(bin * 3) + 2] += pixels[i + 2];
        }

        var taken = fixedColours.Select(c => Bin(c.Red, c.Green, c.Blue)).ToHashSet();
        var common = Enumerable.Range(0, Bins)
            .Where(bin => counts[bin] > 0 && !taken.Contains(bin))
            .OrderByDescending(bin => counts[bin]).ThenBy(bin => bin)
            .Take(Size - fixedColours.Count)
            .Select(bin => new SKColor((byte)(sums[bin * 3] / counts[bin]), (byte)(sums[(bin * 3) + 1] / counts[bin]), (byte)(sums[(bin * 3) + 2] / counts[bin])));
        var colours = fixedColours.Concat(common).ToList();
        while (colours.Count < Size)
        {
            colours.Add(SKColors.Black);
        }

        return new GifPalette(colours);
    }

    /// <summary>Maps an RGBA row-major pixel buffer to palette indices.</summary>
    public void Index(ReadOnlySpan<byte> rgba, Span<byte> indices)
    {
        for (int i = 0, p = 0; p < indices.Length; i += 4, p++)
        {
            indices[p] = _nearest[Bin(rgba[i], rgba[i + 1], rgba[i + 2])];
        }
    }

    private static List<SKColor> FixedColours()
    {
        var style = RenderStyle.Default;
        var colours = new List<SKColor> { SKColors.White, Ink.Text, Ink.Muted, Ink.Rule, SKColors.Black };
        colours.AddRange(style.Style.Categories.Select(c => style.CategoryColour(c.Id)));
        return [.. colours.Distinct()];
    }

    private static int Bin(byte red, byte green, byte blue) => ((red >> 3) << 10) | ((green >> 3) << 5) | (blue >> 3);

    private static (int R, int G, int B) BinCentre(int bin) => ((((bin >> 10) & 31) << 3) + 4, (((bin >> 5) & 31) << 3) + 4, ((bin & 31) << 3) + 4);

    private static byte Nearest(IReadOnlyList<SKColor> colours, (int R, int G, int B) colour)
    {
        var (best, bestDistance) = (0, int.MaxValue);
        for (var i = 0; i < colours.Count; i++)
        {
            var (dr, dg, db) = (colours[i].Red - colour.R, colours[i].Green - colour.G, colours[i].Blue - colour.B);
            var distance = (dr * dr) + (dg * dg) + (db * db);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (i, distance);
            }
        }

        return (byte)best;
    }
}
