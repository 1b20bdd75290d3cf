using System.Globalization;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The order a staged import writes the claims' table in, within each band of positions
/// (<see cref="OrderedClaimsCopy"/>): a Z-order (bits interleaved) of each
/// claim's anchor and first day, so that claims near each other in place and date lie on the same
/// table pages. A box page under a date window, which fetches its rows one at a time, then finds
/// several on each table page it reads: at 1,000,000 claims a planned page read 12 % fewer buffers
/// and cost PostgreSQL about a fifth less CPU (bench/RESULTS.md, Scale, branch zorder25). The key
/// is computed by the importing client beside each claim it copies (<see cref="KeyOf"/>), and by
/// PostgreSQL for the rows already stored (migration 28's function, the same formula); PostgreSQL
/// sorts by it, so no process holds the claims to order them. A day counts as <see cref="UnitsPerDay"/> units, one unit about
/// 153 m of the anchor's Web Mercator coordinates (0.0014° of longitude): a day weighs about
/// 0.044°, so that a box of 2° × 1.5° and 30 days, a typical page, spans about as many units each
/// way and the order groups all three alike.
/// </summary>
internal static class PlaceDayOrder
{
    /// <summary>Bits of each of the three coordinates in the 63-bit key.</summary>
    private const int Bits = 21;

    /// <summary>Bits the lookup table spreads at a time.</summary>
    private const int ChunkBits = 7;

    /// <summary>Units of a metre of the anchor's Web Mercator coordinates: 2¹⁸ units to the world's width (one unit about 153 m, 0.0014° of longitude).</summary>
    private const double UnitsPerMetre = (1 << 18) / (2 * TileAddress.WorldHalfWidth);

    /// <summary>Units of a day, days counted from <see cref="Epoch"/>.</summary>
    private const int UnitsPerDay = 32;

    /// <summary>The largest value of a coordinate: 21 bits.</summary>
    private const int Largest = (1 << Bits) - 1;

    /// <summary>Day zero of the key's third coordinate.</summary>
    private static readonly DateOnly Epoch = new(1900, 1, 1);

    /// <summary>
    /// The key of a claim from its <c>anchor</c> and <c>period</c>: its anchor's longitude, latitude
    /// and first day, each clamped to 21 bits, interleaved (x in the lowest bit). Each coordinate is spread 7 bits at a time by a table of 128 values, so the expression names
    /// each column only three times. A claim without an anchor or a first day sorts at zero.
    /// </summary>
    private static string Key()
    {
        var coordinates = new[]
        {
            Clamped($"(ST_X(anchor) + {Number(TileAddress.WorldHalfWidth)}) * {Number(UnitsPerMetre)}"),
            Clamped($"(ST_Y(anchor) + {Number(TileAddress.WorldHalfWidth)}) * {Number(UnitsPerMetre)}"),
            Clamped($"(lower(period) - DATE '{Epoch.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}') * {UnitsPerDay}"),
        };
        var table128 = "'{" + string.Join(",", Enumerable.Range(0, 1 << ChunkBits).Select(Spread)) + "}'::bigint[]";
        var terms = from chunk in Enumerable.Range(0, Bits / ChunkBits)
                    from axis in Enumerable.Range(0, coordinates.Length)
                    select $"(({table128})[(({coordinates[axis]} >> {chunk * ChunkBits}) & 127) + 1] << {(chunk * ChunkBits * 3) + axis})";
        return "(" + string.Join("\n  | ", terms) + ")";
    }

    /// <summary>
    /// The function of migration 28 that computes <see cref="Key"/> from a claim's anchor and period:
    /// an index expression is kept in a catalog row that must fit in a table page, which the key's
    /// spread tables do not; a call of the function does (PostgreSQL inlines its body where it runs).
    /// </summary>
    public static string FunctionSql =>
        $"""
        CREATE OR REPLACE FUNCTION bordermap_place_day_key(anchor geometry, period daterange) RETURNS bigint
          LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT {Key()} $$;
        """;

    /// <summary>
    /// The key of <see cref="Key"/> computed here, by the same arithmetic on the same constants (a
    /// test pins the two equal): a staged import writes it beside each claim as it copies them, so
    /// that ordering the claims sorts a plain number (<see cref="OrderedClaimsCopy"/>).
    /// </summary>
    /// <param name="anchor">The claim's anchor in Web Mercator metres (<see cref="PostGisDerived.Anchor"/>).</param>
    /// <param name="firstDay">The first day of its period (<see cref="PostGisDerived.Period"/>).</param>
    public static long KeyOf(Point anchor, DateOnly firstDay)
    {
        long[] coordinates =
        [
            Clamped((anchor.X + TileAddress.WorldHalfWidth) * UnitsPerMetre),
            Clamped((anchor.Y + TileAddress.WorldHalfWidth) * UnitsPerMetre),
            Clamped((double)(firstDay.DayNumber - Epoch.DayNumber) * UnitsPerDay),
        ];
        var key = 0L;
        for (var bit = 0; bit < Bits; bit++)
        {
            for (var axis = 0; axis < coordinates.Length; axis++)
            {
                key |= ((coordinates[axis] >> bit) & 1) << ((3 * bit) + axis);
            }
        }

        return key;
    }

    /// <summary>The bits of <paramref name="value"/> (7 of them) placed three apart.</summary>
    private static long Spread(int value) =>
        Enumerable.Range(0, ChunkBits).Where(bit => ((value >> bit) & 1) == 1).Aggregate(0L, (key, bit) => key | (1L << (3 * bit)));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Clamped(string units) => $"coalesce(least(greatest(floor({units}), 0), {Largest}), 0)::bigint";

    /// <summary>What <see cref="Clamped(string)"/> makes of a number in PostgreSQL, where NaN is greater than every number.</summary>
    private static long Clamped(double units) => double.IsNaN(units) ? Largest : (long)Math.Min(Math.Max(Math.Floor(units), 0), Largest);
}
