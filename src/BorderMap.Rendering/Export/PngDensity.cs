using System.Buffers.Binary;
using System.IO.Hashing;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Stores the resolution in a PNG: Skia's encoder writes no pHYs chunk, so it is inserted after the
/// IHDR chunk (where the PNG specification requires it to precede the image data), in pixels per metre.
/// </summary>
internal static class PngDensity
{
    private const int SignatureLength = 8;

    public static byte[] WithDpi(ReadOnlySpan<byte> png, int dpi)
    {
        // IHDR is always first: 4 bytes length, 4 type, 13 data, 4 CRC.
        var ihdrEnd = SignatureLength + 4 + 4 + 13 + 4;
        if (png.Length < ihdrEnd || !png.Slice(SignatureLength + 4, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidOperationException("The PNG encoder wrote no IHDR chunk first.");
        }

        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        Span<byte> chunk = stackalloc byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk[4..]);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[8..], pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[12..], pixelsPerMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk[17..], Crc32.HashToUInt32(chunk[4..17]));

        var result = new byte[png.Length + chunk.Length];
        png[..ihdrEnd].CopyTo(result);
        chunk.CopyTo(result.AsSpan(ihdrEnd));
        png[ihdrEnd..].CopyTo(result.AsSpan(ihdrEnd + chunk.Length));
        return result;
    }
}
