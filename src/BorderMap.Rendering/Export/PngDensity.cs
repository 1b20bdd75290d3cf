using System.Buffers.Binary;
using System.IO.Hashing;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Stores the resolution in a PNG on its way out: Skia's encoder writes no pHYs chunk, so this
/// write-only stream passes the encoder's bytes through to <paramref name="output"/> and inserts one
/// after the IHDR chunk (where the PNG specification requires it to precede the image data), in
/// pixels per metre. Nothing is buffered beyond the signature and IHDR: a 3000 × 2000 page's
/// 2.8 MB used to be copied out of Skia, then again into a new array to insert the chunk.
/// </summary>
internal sealed class PngDensity(Stream output, int dpi) : Stream
{
    /// <summary>Signature (8 bytes), then IHDR: 4 bytes length, 4 type, 13 data, 4 CRC.</summary>
    private const int HeaderLength = 8 + 4 + 4 + 13 + 4;

    private readonly byte[] _header = new byte[HeaderLength];
    private int _headerFilled;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_headerFilled < HeaderLength)
        {
            var take = Math.Min(buffer.Length, HeaderLength - _headerFilled);
            buffer[..take].CopyTo(_header.AsSpan(_headerFilled));
            _headerFilled += take;
            buffer = buffer[take..];
            if (_headerFilled == HeaderLength)
            {
                WriteHeaderWithDensity();
            }
        }

        output.Write(buffer);
    }

    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void WriteHeaderWithDensity()
    {
        if (!_header.AsSpan(8 + 4, 4).SequenceEqual("IHDR"u8))
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
        output.Write(_header);
        output.Write(chunk);
    }
}
