using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Writes a whole SQLite R-tree (its <c>_node</c> and <c>_parent</c> tables, emptied beforehand, and
/// the leaf of each box for its <c>_rowid</c> table: <see cref="LeafRows"/>) from boxes already in a
/// good order, as SQLite's R-tree module lays it out: node 1 is
/// the root; every node is a blob of the root's size holding a 2-byte big-endian depth (the root's
/// height; unused in other nodes), a 2-byte cell count, then cells of an 8-byte big-endian id (the
/// row's on a leaf, the child node's above) and a 4-byte big-endian float per bound, each least
/// bound rounded down and each greatest up as the module rounds them. Each level holds as few nodes
/// as fit its cells, shared out evenly, so no node is under-full. <c>rtreecheck()</c> accepts the
/// result (tested).
/// </summary>
internal sealed class RTreeNodes(SqliteConnection connection, string table, int dimensions, int nodeSize)
{
    private const int HeaderBytes = 4;

    /// <summary>
    /// Where <see cref="Write"/> lists each box's leaf (id, node), in the order of the boxes, for the
    /// caller to copy into the <c>_rowid</c> table in id order: inserted in the boxes' order, each
    /// row would land at a random place of that table's B-tree.
    /// </summary>
    public const string LeafRows = "temp.rtree_leaves (id, nodeno)";

    private readonly int _cellBytes = 8 + (8 * dimensions);
    private long _nextNode = 2;

    private int Capacity => (nodeSize - HeaderBytes) / _cellBytes;

    /// <summary>
    /// Writes the tree of the <paramref name="count"/> boxes <paramref name="boxes"/> reads: each row
    /// an id, then the least and greatest value of each dimension. A leaf's boxes go into buffers
    /// used again for every leaf, not an array or two per box: at 100,000 claims the three trees'
    /// boxes were 300,000 of each, most of the 41.5 MB the packing allocated.
    /// </summary>
    public void Write(long count, SqliteDataReader boxes)
    {
        using var nodes = new RowInserter(connection, $"\"{table}_node\" (nodeno, data)", 2);
        using var rows = new RowInserter(connection, LeafRows, 2);
        using var parents = new RowInserter(connection, $"\"{table}_parent\" (nodeno, parentnode)", 2);
        var leaves = Math.Max(1, (count + Capacity - 1) / Capacity);
        var level = new Cells(dimensions);
        var leaf = new Cells(dimensions);
        var index = 0L;
        while (boxes.Read())
        {
            leaf.AddRounded(boxes);
            if (leaf.Count == Share(count, leaves, index))
            {
                var node = leaves == 1 ? 1 : _nextNode++;
                Write(nodes, node, leaves == 1 ? 0 : -1, leaf, 0, leaf.Count, level);
                foreach (var row in leaf.Ids)
                {
                    rows.Add(row).Add(node);
                }

                leaf.Clear();
                index++;
            }
        }

        if (count == 0)
        {
            Write(nodes, 1, 0, leaf, 0, 0, level);
        }

        for (var depth = 1; level.Count > 1; depth++)
        {
            level = Parents(nodes, parents, level, depth);
        }

        nodes.Flush();
        rows.Flush();
        parents.Flush();
    }

    /// <summary>The nodes of the level above <paramref name="children"/>: the root (node 1) once they fit one node.</summary>
    private Cells Parents(RowInserter nodes, RowInserter parents, Cells children, int depth)
    {
        var count = (children.Count + Capacity - 1) / Capacity;
        var level = new Cells(dimensions);
        var first = 0;
        for (var i = 0; i < count; i++)
        {
            var cells = Share(children.Count, count, i);
            var node = count == 1 ? 1 : _nextNode++;
            Write(nodes, node, count == 1 ? depth : -1, children, first, cells, level);
            for (var c = first; c < first + cells; c++)
            {
                parents.Add(children.Ids[c]).Add(node);
            }

            first += cells;
        }

        return level;
    }

    /// <summary>How many of <paramref name="total"/> cells the <paramref name="index"/>th of <paramref name="nodes"/> nodes takes: an even share.</summary>
    private static int Share(long total, long nodes, long index) => (int)((total / nodes) + (index < total % nodes ? 1 : 0));

    /// <summary>
    /// Adds the node's blob of <paramref name="count"/> of <paramref name="cells"/> from <paramref name="first"/> (with the
    /// tree's <paramref name="depth"/> when it is the root, else -1), and the node with the box around them to <paramref name="above"/>.
    /// </summary>
    private void Write(RowInserter nodes, long node, int depth, Cells cells, int first, int count, Cells above)
    {
        var data = new byte[nodeSize];
        BinaryPrimitives.WriteUInt16BigEndian(data, (ushort)Math.Max(depth, 0));
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(2), (ushort)count);
        Span<float> around = stackalloc float[2 * dimensions];
        for (var i = 0; i < count; i++)
        {
            var bounds = cells.BoundsOf(first + i);
            var cell = data.AsSpan(HeaderBytes + (i * _cellBytes));
            BinaryPrimitives.WriteInt64BigEndian(cell, cells.Ids[first + i]);
            for (var b = 0; b < bounds.Length; b++)
            {
                BinaryPrimitives.WriteSingleBigEndian(cell[(8 + (4 * b))..], bounds[b]);
                around[b] = i == 0 ? bounds[b] : b % 2 == 0 ? Math.Min(around[b], bounds[b]) : Math.Max(around[b], bounds[b]);
            }
        }

        nodes.Add(node).Add(data);
        above.Add(node, around);
    }

    /// <summary>The cells of one leaf, or of one level's nodes: ids, and their bounds one after another, 2 × dimensions a cell.</summary>
    private sealed class Cells(int dimensions)
    {
        private readonly List<float> _bounds = [];

        public List<long> Ids { get; } = [];

        public int Count => Ids.Count;

        public ReadOnlySpan<float> BoundsOf(int cell) => CollectionsMarshal.AsSpan(_bounds).Slice(cell * 2 * dimensions, 2 * dimensions);

        public void Add(long id, ReadOnlySpan<float> bounds)
        {
            Ids.Add(id);
            _bounds.AddRange(bounds);
        }

        /// <summary>Adds the box of the reader's row (id, then the bounds), rounded as SQLite's R-tree module rounds what it is given.</summary>
        public void AddRounded(SqliteDataReader box)
        {
            Ids.Add(box.GetInt64(0));
            for (var i = 0; i < 2 * dimensions; i++)
            {
                var value = box.GetDouble(i + 1);
                _bounds.Add(i % 2 == 0 ? Down(value) : Up(value));
            }
        }

        public void Clear()
        {
            Ids.Clear();
            _bounds.Clear();
        }
    }

    // The module's rtreeValueDown and rtreeValueUp: a float that overshoots is pulled back by a relative 2^-23.
    private const double Towards = 1.0 - (1.0 / 8388608.0);
    private const double Away = 1.0 + (1.0 / 8388608.0);

    private static float Down(double value)
    {
        var f = (float)value;
        return f > value ? (float)(value * (value < 0 ? Away : Towards)) : f;
    }

    private static float Up(double value)
    {
        var f = (float)value;
        return f < value ? (float)(value * (value < 0 ? Towards : Away)) : f;
    }
}
