using System.Buffers.Binary;
using System.IO.Hashing;
using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Writes an opaque raster as a PNG file: 8-bit RGB (the alpha channel, 255 everywhere on a page
/// painted white, is left out), its resolution in a pHYs chunk, and the image data of
/// <see cref="PngScanlines"/> as one zlib stream over one IDAT chunk per deflated part.
/// </summary>
internal static class PngFile
{
    private const byte ColourTypeRgb = 2;

    // zlib's header for a deflate stream with a 32 KiB window at a fast level (RFC 1950).
    private static readonly byte[] ZlibHeader = [0x78, 0x5e];

    public static void Write(SKPixmap pixels, int dpi, Stream output)
    {
        var (parts, adler) = PngScanlines.Deflate(pixels);
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a]);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, pixels.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], pixels.Height);
        header[8] = 8; // bits per channel
        header[9] = ColourTypeRgb; // compression, filter method and interlace stay 0
        Chunk(output, "IHDR"u8, header, []);

        Span<byte> density = stackalloc byte[9];
        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        BinaryPrimitives.WriteUInt32BigEndian(density, pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(density[4..], pixelsPerMetre);
        density[8] = 1; // unit: metre
        Chunk(output, "pHYs"u8, density, []);

        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, adler);
        for (var i = 0; i < parts.Length; i++)
        {
            ReadOnlySpan<byte> head = i == 0 ? ZlibHeader : default;
            ReadOnlySpan<byte> tail = i == parts.Length - 1 ? checksum : default;
            Chunk(output, "IDAT"u8, head, parts[i], tail);
        }

        Chunk(output, "IEND"u8, [], []);
    }

    /// <summary>A chunk whose data is the pieces given, one after another.</summary>
    private static void Chunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> third = default)
    {
        Span<byte> field = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(field, first.Length + second.Length + third.Length);
        output.Write(field);
        var crc = new Crc32();
        Put(output, crc, type);
        Put(output, crc, first);
        Put(output, crc, second);
        Put(output, crc, third);
        BinaryPrimitives.WriteUInt32BigEndian(field, crc.GetCurrentHashAsUInt32());
        output.Write(field);
    }

    private static void Put(Stream output, Crc32 crc, ReadOnlySpan<byte> piece)
    {
        output.Write(piece);
        crc.Append(piece);
    }
}
