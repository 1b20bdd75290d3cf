using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// One sorted run of <see cref="SortedClaimRuns"/>: the bytes from <paramref name="Start"/> to <paramref name="End"/>
/// of its file, rows of positions <paramref name="FirstPosition"/> to <paramref name="LastPosition"/>, each row its
/// fields' length, key and position (little-endian) and its fields.
/// </summary>
internal sealed record SortedClaimRun(long Start, long End, long FirstPosition, long LastPosition)
{
    /// <summary>The bytes a reader reads at a time.</summary>
    private const int BlockBytes = 256 << 10;

    /// <summary>Each row's head: its fields' length, its key and its position.</summary>
    public const int HeadBytes = sizeof(int) + (2 * sizeof(long));

    /// <summary>A reader of this run's rows whose positions lie between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public Reader Read(SafeFileHandle file, long from, long to) => new(this, file, from, to);

    /// <summary>Reads a run's rows in order, a block at a time, skipping those outside its range of positions.</summary>
    public sealed class Reader(SortedClaimRun run, SafeFileHandle file, long from, long to)
    {
        private byte[] _block = new byte[BlockBytes];
        private long _next = run.Start;
        private int _at;
        private int _filled;
        private int _length;

        /// <summary>The bytes of the current row, head and fields; none before the first.</summary>
        private int _rowBytes;

        public long Key { get; private set; }

        public long Position { get; private set; }

        /// <summary>The current row's fields, valid until the next <see cref="Next"/>.</summary>
        public ReadOnlySpan<byte> Fields => _block.AsSpan(_at + HeadBytes, _length);

        /// <summary>Moves to the next row in range; false at the run's end.</summary>
        public bool Next()
        {
            while (true)
            {
                _at += _rowBytes;
                if (!Have(HeadBytes))
                {
                    return false;
                }

                var head = _block.AsSpan(_at);
                _length = BinaryPrimitives.ReadInt32LittleEndian(head);
                Key = BinaryPrimitives.ReadInt64LittleEndian(head[sizeof(int)..]);
                Position = BinaryPrimitives.ReadInt64LittleEndian(head[(sizeof(int) + sizeof(long))..]);
                _rowBytes = HeadBytes + _length;
                if (!Have(_rowBytes))
                {
                    throw new InvalidDataException("a sorted run of the import's claims ends inside a row");
                }

                if (Position >= from && Position <= to)
                {
                    return true;
                }
            }
        }

        /// <summary>Whether <paramref name="bytes"/> from the current row's start are in the block, reading on when they are not yet.</summary>
        private bool Have(int bytes)
        {
            if (_at + bytes <= _filled)
            {
                return true;
            }

            var left = _filled - _at;
            if (_next == run.End && left < bytes)
            {
                return false;
            }

            if (bytes > _block.Length)
            {
                Array.Resize(ref _block, bytes);
            }

            _block.AsSpan(_at, left).CopyTo(_block);
            (_at, _filled) = (0, left);
            while (_filled < bytes && _next < run.End)
            {
                var read = RandomAccess.Read(file, _block.AsSpan(_filled, (int)Math.Min(_block.Length - _filled, run.End - _next)), _next);
                if (read == 0)
                {
                    throw new InvalidDataException("a sorted run of the import's claims is shorter than written");
                }

                (_filled, _next) = (_filled + read, _next + read);
            }

            return _filled >= bytes;
        }
    }
}
