using System.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Gif;

/// <summary>
/// Writes an animated GIF89a that loops forever, one frame at a time: a global 256-colour
/// <see cref="GifPalette"/> taken from the first frame, and each frame's delay in hundredths of a
/// second. After the first frame only the rectangle that changed is stored (the rest is left as
/// it was), since consecutive map frames differ mostly in their claims and captions.
/// </summary>
internal sealed class GifWriter(Stream output, int delayCentiseconds)
{
    private readonly LzwWriter _lzw = new();
    private GifPalette? _palette;
    private byte[] _previous = [];
    private int _width;
    private int _height;

    public void Add(SKBitmap frame)
    {
        if (_palette is null)
        {
            (_width, _height, _palette) = (frame.Width, frame.Height, GifPalette.From(frame));
            WriteHeader();
        }

        var indices = new byte[_width * _height];
        _palette.Index(frame.GetPixelSpan(), indices);
        var changed = _previous.Length == 0 ? new Rect(0, 0, _width, _height) : Changed(_previous, indices);
        WriteFrame(indices, changed);
        _previous = indices;
    }

    /// <summary>Ends the file; with no frame at all nothing was written and nothing is.</summary>
    public void Finish()
    {
        if (_palette is not null)
        {
            output.WriteByte(0x3B);
        }
    }

    private void WriteHeader()
    {
        output.Write(Encoding.ASCII.GetBytes("GIF89a"));
        WriteShort(_width);
        WriteShort(_height);
        output.WriteByte(0xF7);  // a global table of 2^(7+1) colours, 8 bits a channel
        output.WriteByte(0);     // background colour index
        output.WriteByte(0);     // no pixel aspect ratio
        foreach (var colour in _palette!.Colours)
        {
            output.WriteByte(colour.Red);
            output.WriteByte(colour.Green);
            output.WriteByte(colour.Blue);
        }

        // The NETSCAPE2.0 application extension: loop for ever.
        output.Write([0x21, 0xFF, 0x0B]);
        output.Write(Encoding.ASCII.GetBytes("NETSCAPE2.0"));
        output.Write([0x03, 0x01, 0x00, 0x00, 0x00]);
    }

    private void WriteFrame(byte[] indices, Rect rect)
    {
        // Graphic control: disposal 1 (leave the frame in place), no transparency, the delay.
        output.Write([0x21, 0xF9, 0x04, 0x04]);
        WriteShort(delayCentiseconds);
        output.Write([0x00, 0x00]);
        output.WriteByte(0x2C);
        WriteShort(rect.X);
        WriteShort(rect.Y);
        WriteShort(rect.Width);
        WriteShort(rect.Height);
        output.WriteByte(0);  // no local colour table, not interlaced
        var region = new byte[rect.Width * rect.Height];
        for (var row = 0; row < rect.Height; row++)
        {
            indices.AsSpan(((rect.Y + row) * _width) + rect.X, rect.Width).CopyTo(region.AsSpan(row * rect.Width));
        }

        _lzw.Write(region, output);
    }

    /// <summary>The bounding box of the pixels that differ, or one pixel when none does (a frame cannot be empty).</summary>
    private Rect Changed(byte[] before, byte[] after)
    {
        var (left, top, right, bottom) = (_width, _height, -1, -1);
        for (var y = 0; y < _height; y++)
        {
            var row = y * _width;
            var first = before.AsSpan(row, _width).CommonPrefixLength(after.AsSpan(row, _width));
            if (first == _width)
            {
                continue;
            }

            var last = _width - 1;
            while (before[row + last] == after[row + last])
            {
                last--;
            }

            (left, right, top, bottom) = (Math.Min(left, first), Math.Max(right, last), Math.Min(top, y), y);
        }

        return right < 0 ? new Rect(0, 0, 1, 1) : new Rect(left, top, right - left + 1, bottom - top + 1);
    }

    private void WriteShort(int value)
    {
        output.WriteByte((byte)(value & 0xFF));
        output.WriteByte((byte)(value >> 8));
    }

    private readonly record struct Rect(int X, int Y, int Width, int Height);
}
