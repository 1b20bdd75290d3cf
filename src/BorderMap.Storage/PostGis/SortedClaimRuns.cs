using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The claims' rows of a staged import held outside both the process and the database until they
/// can be written once, in order (<see cref="OrderedClaimsCopy"/>): an external sort. Rows gather in
/// one buffer of at most <see cref="RunBytes"/>; when it is full, they are sorted by their
/// place-and-date key (then position) and appended to a temporary file as one sorted run, and the
/// buffer is used again. <see cref="Merge"/> then reads every run at once, a block of each at a time,
/// and hands the rows on in key order, band of positions by band. So the process holds one buffer and
/// a block per run whatever the import's size, and PostgreSQL writes each claim's row once: the import
/// used to copy the rows into an unlogged table and write them again from it in order, +8.7–9.0 s of
/// PostgreSQL CPU at 100,000 claims (bench/RESULTS.md, Import, pgfloor36). Not thread-safe: the
/// import's transaction adds, one build connection merges after it.
/// </summary>
internal sealed class SortedClaimRuns : IDisposable
{
    /// <summary>Takes one merged row: its position and its fields, valid only during the call.</summary>
    public delegate void RowWriter(long position, ReadOnlySpan<byte> fields);

    /// <summary>The most bytes of rows gathered before they are sorted and spilled: ~10,000 claims, a few dozen runs at 1,000,000.</summary>
    private const int RunBytes = 32 << 20;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"bordermap-claims-{Guid.NewGuid():N}.runs");
    private readonly SafeFileHandle _file;
    private readonly List<SortedClaimRun> _runs = [];
    private readonly List<Entry> _entries = [];
    private byte[] _buffer = new byte[RunBytes];
    private int _used;
    private long _fileLength;

    public SortedClaimRuns() =>
        _file = File.OpenHandle(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);

    /// <summary>The rows added so far.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one claim's row: its position, its key (<see cref="PlaceDayOrder"/>) and its fields (<see cref="ClaimCopyRow.Fields"/>).</summary>
    public void Add(long position, long key, ReadOnlySpan<byte> fields)
    {
        if (_used + fields.Length > _buffer.Length)
        {
            Spill();
            if (fields.Length > _buffer.Length)
            {
                _buffer = new byte[fields.Length];
            }
        }

        fields.CopyTo(_buffer.AsSpan(_used));
        _entries.Add(new Entry(key, position, _used, fields.Length));
        _used += fields.Length;
        Count++;
    }

    /// <summary>
    /// Every row, in order of band (position / <paramref name="bandWidth"/>), then key, then position: each handed to
    /// <paramref name="write"/> with its position and fields, which are valid only during the call.
    /// </summary>
    public void Merge(long bandWidth, RowWriter write)
    {
        Spill();
        _buffer = [];
        if (_runs.Count == 0)
        {
            return;
        }

        var last = _runs.Max(r => r.LastPosition);
        for (var band = 0L; band <= last / bandWidth; band++)
        {
            var (from, to) = (band * bandWidth, ((band + 1) * bandWidth) - 1);
            var queue = new PriorityQueue<SortedClaimRun.Reader, (long Key, long Position)>();
            foreach (var run in _runs.Where(r => r.FirstPosition <= to && r.LastPosition >= from))
            {
                var reader = run.Read(_file, from, to);
                if (reader.Next())
                {
                    queue.Enqueue(reader, (reader.Key, reader.Position));
                }
            }

            while (queue.TryDequeue(out var reader, out _))
            {
                write(reader.Position, reader.Fields);
                if (reader.Next())
                {
                    queue.Enqueue(reader, (reader.Key, reader.Position));
                }
            }
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Sorts the gathered rows and appends them to the file as one run.</summary>
    private void Spill()
    {
        if (_entries.Count == 0)
        {
            return;
        }

        _entries.Sort(static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Position.CompareTo(b.Position));
        var start = _fileLength;
        var block = new byte[1 << 20];
        var filled = 0;
        foreach (var entry in _entries)
        {
            if (filled + SortedClaimRun.HeadBytes + entry.Length > block.Length)
            {
                Append(block.AsSpan(0, filled));
                filled = 0;
                if (SortedClaimRun.HeadBytes + entry.Length > block.Length)
                {
                    block = new byte[SortedClaimRun.HeadBytes + entry.Length];
                }
            }

            var head = block.AsSpan(filled);
            BinaryPrimitives.WriteInt32LittleEndian(head, entry.Length);
            BinaryPrimitives.WriteInt64LittleEndian(head[sizeof(int)..], entry.Key);
            BinaryPrimitives.WriteInt64LittleEndian(head[(sizeof(int) + sizeof(long))..], entry.Position);
            _buffer.AsSpan(entry.Offset, entry.Length).CopyTo(head[SortedClaimRun.HeadBytes..]);
            filled += SortedClaimRun.HeadBytes + entry.Length;
        }

        Append(block.AsSpan(0, filled));
        _runs.Add(new SortedClaimRun(start, _fileLength, _entries.Min(e => e.Position), _entries.Max(e => e.Position)));
        _entries.Clear();
        _used = 0;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        RandomAccess.Write(_file, bytes, _fileLength);
        _fileLength += bytes.Length;
    }

    /// <summary>A gathered row: its key and position, and where its fields lie in the buffer.</summary>
    private readonly record struct Entry(long Key, long Position, int Offset, int Length);
}
