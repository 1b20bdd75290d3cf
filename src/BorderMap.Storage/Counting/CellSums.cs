using System.Runtime.InteropServices;

namespace BorderMap.Storage.Counting;

/// <summary>
/// Claims' counts and anchor sums by cell and one more small number, its tag (a category's or a facet's), for
/// <see cref="CellCounts"/>: the three numbers packed into one <see cref="long"/> key, the sums in an array beside it, so that a
/// claim counted is one look-up and allocates nothing. Keys in order are in the order of cell column, cell row, tag.
/// </summary>
internal sealed class CellSums
{
    /// <summary>Bits of each part of a key: a cell's column or row at zoom 14 needs 15, a tag counts at most the rows kept.</summary>
    private const int Bits = 20;

    private const long Mask = (1L << Bits) - 1;

    private readonly Dictionary<long, int> _slots;
    private Sums[] _sums;

    /// <param name="capacity">the keys held without growing: grown step by step, the arrays would be new large objects again and again.</param>
    public CellSums(int capacity)
    {
        _slots = new Dictionary<long, int>(capacity);
        _sums = new Sums[Math.Max(capacity, 1)];
    }

    public int Count => _slots.Count;

    /// <summary>The key of a cell's row for a tag; each part below 2^20.</summary>
    public static long Key(long cellX, long cellY, int tag) => (cellX << (2 * Bits)) | (cellY << Bits) | (uint)tag;

    public static long CellX(long key) => key >> (2 * Bits);

    public static long CellY(long key) => (key >> Bits) & Mask;

    public static int Tag(long key) => (int)(key & Mask);

    /// <summary>Counts <paramref name="count"/> claims whose anchors sum to <paramref name="x"/>, <paramref name="y"/> in the key's row.</summary>
    public void Add(long key, long count, double x, double y)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, key, out var known);
        if (!known)
        {
            slot = _slots.Count - 1;
            if (slot == _sums.Length)
            {
                Array.Resize(ref _sums, 2 * slot);
            }

            _sums[slot] = default;
        }

        ref var sums = ref _sums[slot];
        sums.Count += count;
        sums.X.Add(x);
        sums.Y.Add(y);
    }

    /// <summary>
    /// The rows of the cells <paramref name="shift"/> zooms coarser, into <paramref name="coarser"/> (emptied first): each row's
    /// count and sums added to its coarser cell's, as SQLite sums a zoom's rows grouped into the coarser cells.
    /// </summary>
    public void Coarsen(int shift, CellSums coarser)
    {
        coarser.Clear();
        foreach (var (key, slot) in _slots)
        {
            var sums = _sums[slot];
            coarser.Add(Key(CellX(key) >> shift, CellY(key) >> shift, Tag(key)), sums.Count, sums.X.Value, sums.Y.Value);
        }
    }

    /// <summary>Every key, in order.</summary>
    public long[] SortedKeys()
    {
        var keys = new long[_slots.Count];
        _slots.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        return keys;
    }

    /// <summary>The key's row: its claims' count and the sums of their anchors, as SQLite's <c>sum()</c> gives them.</summary>
    public (long Count, double SumX, double SumY) this[long key]
    {
        get
        {
            var sums = _sums[_slots[key]];
            return (sums.Count, sums.X.Value, sums.Y.Value);
        }
    }

    public void Clear() => _slots.Clear();

    private struct Sums
    {
        public long Count;
        public SqliteSum X;
        public SqliteSum Y;
    }
}
