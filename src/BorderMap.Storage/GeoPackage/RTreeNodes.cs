using System.Buffers.Binary;
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

    /// <summary>Writes the tree of the <paramref name="count"/> <paramref name="boxes"/>.</summary>
    public void Write(long count, IEnumerable<(long Id, double[] Bounds)> boxes)
    {
        using var nodes = new RowInserter(connection, $"\"{table}_node\" (nodeno, data)", 2);
        using var rows = new RowInserter(connection, LeafRows, 2);
        using var parents = new RowInserter(connection, $"\"{table}_parent\" (nodeno, parentnode)", 2);
        var leaves = Math.Max(1, (count + Capacity - 1) / Capacity);
        var level = new List<(long Id, float[] Bounds)>();
        var leaf = new List<(long Id, float[] Bounds)>(Capacity);
        var index = 0L;
        foreach (var (id, bounds) in boxes)
        {
            leaf.Add((id, Rounded(bounds)));
            if (leaf.Count == Share(count, leaves, index))
            {
                var node = leaves == 1 ? 1 : _nextNode++;
                level.Add((node, Write(nodes, node, leaves == 1 ? 0 : -1, leaf)));
                foreach (var (row, _) in leaf)
                {
                    rows.Add(row).Add(node);
                }

                leaf.Clear();
                index++;
            }
        }

        if (count == 0)
        {
            Write(nodes, 1, 0, leaf);
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
    private List<(long Id, float[] Bounds)> Parents(RowInserter nodes, RowInserter parents, List<(long Id, float[] Bounds)> children, int depth)
    {
        var count = (children.Count + Capacity - 1) / Capacity;
        var level = new List<(long Id, float[] Bounds)>(count);
        var first = 0;
        for (var i = 0; i < count; i++)
        {
            var cells = children.GetRange(first, Share(children.Count, count, i));
            first += cells.Count;
            var node = count == 1 ? 1 : _nextNode++;
            level.Add((node, Write(nodes, node, count == 1 ? depth : -1, cells)));
            foreach (var (child, _) in cells)
            {
                parents.Add(child).Add(node);
            }
        }

        return level;
    }

    /// <summary>How many of <paramref name="total"/> cells the <paramref name="index"/>th of <paramref name="nodes"/> nodes takes: an even share.</summary>
    private static int Share(long total, long nodes, long index) => (int)((total / nodes) + (index < total % nodes ? 1 : 0));

    /// <summary>Adds the node's blob (with the tree's <paramref name="depth"/> when it is the root, else -1) and answers the box around its cells.</summary>
    private float[] Write(RowInserter nodes, long node, int depth, List<(long Id, float[] Bounds)> cells)
    {
        var data = new byte[nodeSize];
        BinaryPrimitives.WriteUInt16BigEndian(data, (ushort)Math.Max(depth, 0));
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(2), (ushort)cells.Count);
        var around = new float[2 * dimensions];
        for (var i = 0; i < cells.Count; i++)
        {
            var (id, bounds) = cells[i];
            var cell = data.AsSpan(HeaderBytes + (i * _cellBytes));
            BinaryPrimitives.WriteInt64BigEndian(cell, id);
            for (var b = 0; b < bounds.Length; b++)
            {
                BinaryPrimitives.WriteSingleBigEndian(cell[(8 + (4 * b))..], bounds[b]);
                around[b] = i == 0 ? bounds[b] : b % 2 == 0 ? Math.Min(around[b], bounds[b]) : Math.Max(around[b], bounds[b]);
            }
        }

        nodes.Add(node).Add(data);
        return around;
    }

    /// <summary>The bounds as 4-byte floats, least ones rounded down and greatest up, as SQLite's R-tree module rounds what it is given.</summary>
    private static float[] Rounded(double[] bounds)
    {
        var rounded = new float[bounds.Length];
        for (var i = 0; i < bounds.Length; i++)
        {
            rounded[i] = i % 2 == 0 ? Down(bounds[i]) : Up(bounds[i]);
        }

        return rounded;
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
