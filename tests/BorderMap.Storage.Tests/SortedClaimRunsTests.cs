using BorderMap.Storage.PostGis;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The external sort a staged PostGIS import writes its claims through: whatever the rows' sizes and
/// however many runs they spill into, the merge gives back every row once, byte for byte, band of
/// positions by band and in key order within each, so no claim is lost or garbled on the way to the table.
/// </summary>
public class SortedClaimRunsTests
{
    [Fact]
    public void Rows_over_several_runs_come_back_whole_by_band_then_key_then_position()
    {
        var random = new Random(40);
        // ~70 MB of rows: three runs; one row larger than a reader's block, and keys repeated across positions.
        var added = Enumerable.Range(1, 700)
            .Select(position => (Position: (long)position, Key: (long)random.Next(50), Fields: Fields(random, position == 350 ? 600_000 : random.Next(1, 200_000))))
            .ToList();
        using var runs = new SortedClaimRuns();
        added.ForEach(row => runs.Add(row.Position, row.Key, row.Fields));
        const long BandWidth = 141;

        var merged = new List<(long Position, byte[] Fields)>();
        runs.Merge(BandWidth, (position, fields) => merged.Add((position, fields.ToArray())));

        var expected = added.OrderBy(r => r.Position / BandWidth).ThenBy(r => r.Key).ThenBy(r => r.Position).ToList();
        Assert.Equal(expected.Select(r => r.Position), merged.Select(r => r.Position));
        Assert.All(expected.Zip(merged), pair => Assert.Equal(pair.First.Fields, pair.Second.Fields));
    }

    [Fact]
    public void No_rows_merge_to_nothing()
    {
        using var runs = new SortedClaimRuns();

        var merged = 0;
        runs.Merge(10, (_, _) => merged++);

        Assert.Equal(0, merged);
    }

    private static byte[] Fields(Random random, int length)
    {
        var fields = new byte[length];
        random.NextBytes(fields);
        return fields;
    }
}
