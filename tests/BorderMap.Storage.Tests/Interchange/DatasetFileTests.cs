using BorderMap.Storage.Interchange;
using BorderMap.Storage.Interchange.Datasets;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary>A dataset file with a missing column, a bad precision code or a date that is not one is refused, naming the row and column.</summary>
public sealed class DatasetFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("acled-constructed-tj-af-2024.csv", "geo_precision")]
    [InlineData("ucdp-ged-constructed-tj-af.csv", "where_prec")]
    public void A_file_without_a_codebook_column_is_refused_naming_it(string sample, string column)
    {
        var path = Changed(sample, rows =>
        {
            var index = rows[0].IndexOf(column);
            rows.ForEach(r => r.RemoveAt(index));
        });

        var error = Assert.Throws<ClaimFileException>(() => ClaimFiles.Read(path, TestData.Geodata.Areas));

        Assert.Equal("row 1", error.Position);
        Assert.Contains($"missing column '{column}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acled-constructed-tj-af-2024.csv", 3, "time_precision", "4", "'4' is not a precision code (1 day, 2 week, 3 month)")]
    [InlineData("acled-constructed-tj-af-2024.csv", 4, "geo_precision", "0", "'0' is not a precision code")]
    [InlineData("acled-constructed-tj-af-2024.csv", 2, "event_date", "2024-02-30", "'2024-02-30' is not a date")]
    [InlineData("acled-constructed-tj-af-2024.csv", 5, "event_date", "1700-06-01", "1700-06-01 lies outside the accepted range 1800-01-01 to 2100-12-31")]
    [InlineData("ucdp-ged-constructed-tj-af.csv", 2, "where_prec", "8", "'8' is not a precision code (1 exact place")]
    [InlineData("ucdp-ged-constructed-tj-af.csv", 3, "date_prec", "day", "'day' is not a precision code")]
    [InlineData("ucdp-ged-constructed-tj-af.csv", 4, "date_start", "5 Julyy 2021", "'5 Julyy 2021' is not a date")]
    [InlineData("ucdp-ged-constructed-tj-af.csv", 2, "low", "9", "the estimates must be low ≤ best ≤ high")]
    public void A_bad_cell_is_reported_with_its_row_and_column(string sample, int row, string column, string cell, string message)
    {
        var path = Changed(sample, rows => rows[row - 1][rows[0].IndexOf(column)] = cell);

        var bad = ClaimFiles.Read(path, TestData.Geodata.Areas).Where(r => r.Draft is null).ToList();

        var problem = Assert.Single(Assert.Single(bad).Problems);
        Assert.Equal($"row {row}", bad[0].Position);
        Assert.Equal(column == "low" ? "best" : column, problem.Field);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deletions_list_with_a_bad_timestamp_names_the_row_and_deletes_nothing()
    {
        var path = _folder.NewFile(".csv");
        File.WriteAllText(path, "event_id_cnty,deleted_timestamp\nAFG9003,1716100000\nAFG9004,yesterday\n");

        var (list, problems) = AcledDeletions.Read(path);

        Assert.True(AcledDeletions.IsDeletionList(path));
        Assert.Null(list);
        Assert.Equal(("row 3", "deleted_timestamp"), (problems.Single().Position, problems.Single().Problem.Field));
    }

    [Fact]
    public void A_cell_after_a_character_outside_the_basic_plane_is_quoted_at_its_code_point_offsets()
    {
        const string text = "a,b\n\U0001D465 x,\"say \"\"hi\"\"\"\n";

        var cell = DatasetCsvText.Records(text).Single(r => r.Row == 2).Cells[1];

        Assert.Equal(("say \"hi\"", "say \"\"hi\"\""), (cell.Value, cell.Raw));
        Assert.Equal(cell.Raw, BorderMap.Core.Claims.CodePointText.Slice(text, cell.Start, cell.End));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A copy of a sample with <paramref name="change"/> made to its cells (the header is row 0).</summary>
    private string Changed(string sample, Action<List<List<string>>> change)
    {
        var rows = DatasetCsvText.Records(File.ReadAllText(ClaimStoreContract.DatasetSample(sample))).Select(r => r.Cells.Select(c => c.Value).ToList()).ToList();
        change(rows);
        var path = _folder.NewFile(".csv");
        File.WriteAllLines(path, rows.Select(r => string.Join(',', r.Select(CsvText.Field))));
        return path;
    }
}
