using System.Text;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary>
/// A read-only stream that makes its bytes as they are read, from a prefix, <c>count</c> generated
/// items joined by a separator, and a suffix, so a test can read a file far larger than it wants to
/// hold. Counts the bytes handed out.
/// </summary>
internal sealed class GeneratedStream(string prefix, int count, Func<int, string> item, string separator, string suffix) : Stream
{
    private byte[] _chunk = Encoding.UTF8.GetBytes(prefix);
    private int _chunkIndex;
    private int _next;
    private bool _ended;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_chunkIndex == _chunk.Length)
        {
            if (!NextChunk())
            {
                return 0;
            }
        }

        var n = Math.Min(count, _chunk.Length - _chunkIndex);
        Array.Copy(_chunk, _chunkIndex, buffer, offset, n);
        _chunkIndex += n;
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool NextChunk()
    {
        if (_ended)
        {
            return false;
        }

        string text;
        if (_next < count)
        {
            text = (_next > 0 ? separator : string.Empty) + item(_next);
            _next++;
        }
        else
        {
            text = suffix;
            _ended = true;
        }

        _chunk = Encoding.UTF8.GetBytes(text);
        _chunkIndex = 0;
        return true;
    }
}
