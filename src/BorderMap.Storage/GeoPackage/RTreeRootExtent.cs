using System.Buffers.Binary;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The extent of every geometry in a GeoPackage's R-tree, read from the tree's root node alone.
/// SQLite's R-tree keeps each parent cell the exact box of its child node on every insert and
/// delete, so the root's few cells bound the same float32 boxes a full scan (<c>min(minx)</c> …
/// over <c>rtree_claims_geom</c>) would return, at a cost that does not grow with the claims: the
/// scan took 1 s a write at 1,000,000 claims.
/// </summary>
internal static class RTreeRootExtent
{
    /// <summary>The root node of a two-dimensional R-tree table.</summary>
    public const string RootNodeSql = "SELECT data FROM rtree_claims_geom_node WHERE nodeno = 1";

    // A node: 2 bytes of tree depth (root only), 2 bytes of cell count, then per cell an 8-byte
    // rowid and minX, maxX, minY, maxY as big-endian float32 (sqlite/ext/rtree/rtree.c).
    private const int NodeHeader = 4;
    private const int CellLength = 8 + 4 * sizeof(float);

    /// <summary>(minX, maxX, minY, maxY) of the tree, or null when it holds no geometry.</summary>
    public static (double MinX, double MaxX, double MinY, double MaxY)? Read(byte[]? root)
    {
        if (root is null || root.Length < NodeHeader)
        {
            return null;
        }

        var cells = BinaryPrimitives.ReadUInt16BigEndian(root.AsSpan(2));
        if (cells == 0 || root.Length < NodeHeader + cells * CellLength)
        {
            return null;
        }

        var (minX, maxX, minY, maxY) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
        for (var i = 0; i < cells; i++)
        {
            var box = root.AsSpan(NodeHeader + i * CellLength + 8);
            minX = Math.Min(minX, Coordinate(box, 0));
            maxX = Math.Max(maxX, Coordinate(box, 1));
            minY = Math.Min(minY, Coordinate(box, 2));
            maxY = Math.Max(maxY, Coordinate(box, 3));
        }

        return (minX, maxX, minY, maxY);
    }

    private static double Coordinate(ReadOnlySpan<byte> box, int index) =>
        BinaryPrimitives.ReadSingleBigEndian(box[(index * sizeof(float))..]);
}
