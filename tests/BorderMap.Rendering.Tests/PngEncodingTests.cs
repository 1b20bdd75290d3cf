using System.Buffers.Binary;
using System.IO.Compression;
using BorderMap.Rendering.Export;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// The PNG encoder as image viewers read it: libpng (through Skia) decodes exactly the pixels that
/// were drawn, in either byte order, whatever the image's height, and zlib accepts the image data
/// and its checksum although its parts were deflated apart.
/// </summary>
public sealed class PngEncodingTests
{
    [Theory]
    [InlineData(SKColorType.Rgba8888, 301, 199)]
    [InlineData(SKColorType.Bgra8888, 300, 200)]
    [InlineData(SKColorType.Bgra8888, 7, 1)]
    public void An_encoded_page_decodes_to_exactly_the_pixels_drawn(SKColorType colorType, int width, int height)
    {
        using var drawn = Noise(colorType, width, height);
        using var decoded = SKBitmap.Decode(Encode(drawn));

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                Assert.Equal(drawn.GetPixel(x, y), decoded.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void The_image_data_is_one_zlib_stream_whose_checksum_zlib_accepts()
    {
        using var drawn = Noise(SKColorType.Bgra8888, 640, 480);
        var png = Encode(drawn);

        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(ImageData(png)), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated); // throws on a wrong Adler-32
        }

        Assert.Equal(480 * (1 + (640 * 3)), inflated.Length);
    }

    [Fact]
    public void Checksums_of_parts_combine_to_the_checksum_of_the_whole()
    {
        var data = new byte[100_000];
        new Random(5).NextBytes(data);
        foreach (var split in (int[])[0, 1, 5552, 65521, 70_000, 100_000])
        {
            var combined = Adler32.Combine(Adler32.Update(Adler32.Initial, data.AsSpan(0, split)), Adler32.Update(Adler32.Initial, data.AsSpan(split)), data.Length - split);
            Assert.Equal(Adler32.Update(Adler32.Initial, data), combined);
        }
    }

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var output = new MemoryStream();
        PngWriter.Encode(bitmap, 150, output);
        return output.ToArray();
    }

    /// <summary>An opaque image of pseudo-random colours: every filter byte and channel order shows.</summary>
    private static SKBitmap Noise(SKColorType colorType, int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, colorType, SKAlphaType.Premul));
        var random = new Random(width * height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)(x * y), 255));
            }
        }

        return bitmap;
    }

    /// <summary>The IDAT chunks' data joined, as a decoder reads it.</summary>
    private static byte[] ImageData(byte[] png)
    {
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                data.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        return data.ToArray();
    }
}
