namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The position of a point along a Hilbert curve through the unit square or cube: points close on
/// the curve are close in space, so boxes taken in this order and cut into runs make compact
/// R-tree nodes (<see cref="RTreePacking"/>). Skilling's transpose method ("Programming the
/// Hilbert curve", 2004), 16 bits a coordinate.
/// </summary>
internal static class HilbertKey
{
    private const int Bits = 16;

    /// <summary>The key of the point whose coordinates, each scaled to [0, 1], are <paramref name="unit"/> (two or three of them).</summary>
    public static long Of(ReadOnlySpan<double> unit)
    {
        Span<uint> x = stackalloc uint[unit.Length];
        for (var i = 0; i < unit.Length; i++)
        {
            x[i] = (uint)(Math.Clamp(double.IsNaN(unit[i]) ? 0 : unit[i], 0, 1) * ((1 << Bits) - 1));
        }

        ToTranspose(x);
        var key = 0L;
        for (var bit = Bits - 1; bit >= 0; bit--)
        {
            foreach (var coordinate in x)
            {
                key = (key << 1) | ((coordinate >> bit) & 1);
            }
        }

        return key;
    }

    /// <summary>Skilling's AxesToTranspose: turns the coordinates in place into the curve position, its bits spread over them.</summary>
    private static void ToTranspose(Span<uint> x)
    {
        const uint top = 1u << (Bits - 1);
        for (var q = top; q > 1; q >>= 1)
        {
            var p = q - 1;
            for (var i = 0; i < x.Length; i++)
            {
                if ((x[i] & q) != 0)
                {
                    x[0] ^= p;
                }
                else
                {
                    var t = (x[0] ^ x[i]) & p;
                    x[0] ^= t;
                    x[i] ^= t;
                }
            }
        }

        for (var i = 1; i < x.Length; i++)
        {
            x[i] ^= x[i - 1];
        }

        var flip = 0u;
        for (var q = top; q > 1; q >>= 1)
        {
            if ((x[^1] & q) != 0)
            {
                flip ^= q - 1;
            }
        }

        for (var i = 0; i < x.Length; i++)
        {
            x[i] ^= flip;
        }
    }
}
