using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// The image data of an opaque PNG: each row of the raster as RGB behind PNG's Sub filter (each byte
/// minus the same channel of the pixel to its left), deflated. The rows are split into a fixed
/// number of parts that are filtered and deflated on separate threads; every part but the last ends
/// on a byte-aligned sync flush, so the parts joined are one deflate stream (no back-reference
/// crosses a part). The part count depends only on the image, so equal pixels give equal bytes on
/// every machine.
/// </summary>
internal static class PngScanlines
{
    // Parts that two cores deflate at once; the join costs a few bytes each.
    private const int Parts = 2;

    /// <summary>
    /// zlib-ng level 2 (the runtime's zlib), chosen on the 3000 × 2000 benchmark map with 10,000 claims
    /// (bench/RESULTS.md, Rendering, 2026-12-04 17:00 UTC): it writes as few bytes as Skia's encoder at
    /// level 3 (2.79 MB) in about two thirds of its CPU time; level 3 is 5 % smaller for 20 % more time.
    /// </summary>
    private const int Level = 2;

    /// <summary>The deflated parts in order, and the Adler-32 of all filtered rows.</summary>
    public static (byte[][] Parts, uint Adler) Deflate(SKPixmap pixels)
    {
        var (red, blue) = ChannelOffsets(pixels.ColorType);
        var parts = Math.Min(Parts, pixels.Height);
        var results = new (byte[] Bytes, uint Adler, long Length)[parts];
        var others = new Task[parts - 1];
        for (var i = 1; i < parts; i++)
        {
            var part = i;
            others[part - 1] = Task.Run(() => results[part] = DeflatePart(pixels, red, blue, Rows(pixels.Height, parts, part), part == parts - 1));
        }

        results[0] = DeflatePart(pixels, red, blue, Rows(pixels.Height, parts, 0), parts == 1);
        Task.WaitAll(others);

        var adler = results[0].Adler;
        for (var i = 1; i < parts; i++)
        {
            adler = Adler32.Combine(adler, results[i].Adler, results[i].Length);
        }

        return ([.. results.Select(r => r.Bytes)], adler);
    }

    private static (int Red, int Blue) ChannelOffsets(SKColorType type) => type switch
    {
        SKColorType.Rgba8888 => (0, 2),
        SKColorType.Bgra8888 => (2, 0),
        _ => throw new InvalidOperationException($"A PNG is encoded from RGBA or BGRA pixels, not {type}."),
    };

    private static Range Rows(int height, int parts, int part) => new(height * part / parts, height * (part + 1) / parts);

    private static (byte[] Bytes, uint Adler, long Length) DeflatePart(SKPixmap pixels, int red, int blue, Range rows, bool last)
    {
        var source = pixels.GetPixelSpan();
        var width = pixels.Width;
        var row = new byte[1 + (3 * width)];
        row[0] = 1; // the Sub filter
        var adler = Adler32.Initial;
        // Room for a third of the raw rows, about what the benchmark map deflates to, so the buffer rarely grows.
        using var output = new MemoryStream((int)Math.Min(int.MaxValue, (long)(rows.End.Value - rows.Start.Value) * row.Length / 3));
        long flushed;
        using (var deflate = new DeflateStream(output, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
        {
            for (var y = rows.Start.Value; y < rows.End.Value; y++)
            {
                Filter(source.Slice(y * pixels.RowBytes, 4 * width), red, blue, row.AsSpan(1));
                adler = Adler32.Update(adler, row);
                deflate.Write(row);
            }

            // A sync flush ends the part on a byte boundary with every row written; what closing adds
            // after it (the final block) belongs only to the last part.
            deflate.Flush();
            flushed = output.Length;
        }

        var bytes = last ? output.ToArray() : output.GetBuffer().AsSpan(0, (int)flushed).ToArray();
        return (bytes, adler, (long)(rows.End.Value - rows.Start.Value) * row.Length);
    }

    private static void Filter(ReadOnlySpan<byte> pixels, int red, int blue, Span<byte> filtered)
    {
        // Indexed through references: the bounds checks of span indexing doubled this loop's time.
        ref var source = ref MemoryMarshal.GetReference(pixels);
        ref var target = ref MemoryMarshal.GetReference(filtered);
        byte r = 0, g = 0, b = 0;
        for (int x = 0, o = 0; x < pixels.Length; x += 4, o += 3)
        {
            byte nr = Unsafe.Add(ref source, x + red), ng = Unsafe.Add(ref source, x + 1), nb = Unsafe.Add(ref source, x + blue);
            Unsafe.Add(ref target, o) = (byte)(nr - r);
            Unsafe.Add(ref target, o + 1) = (byte)(ng - g);
            Unsafe.Add(ref target, o + 2) = (byte)(nb - b);
            (r, g, b) = (nr, ng, nb);
        }
    }
}
