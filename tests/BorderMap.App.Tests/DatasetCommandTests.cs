namespace BorderMap.App.Tests;

/// <summary>
/// <c>bordermap claims import|export</c> with ACLED and UCDP GED files (the project's constructed
/// samples in <c>geodata/samples</c>): a newer file and the deletions list change the store, the
/// export writes the codebook's columns, and a bad file is refused in one line naming row and column.
/// Each test imports into a copy of a store seeded once for the class.
/// </summary>
public sealed class DatasetCommandTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly string _store = seeded.NewCopy();
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task An_acled_file_its_update_and_its_deletions_list_come_in_and_go_out_as_acled_columns()
    {
        Assert.Contains("5 created", (await Run("claims", "import", Sample("acled-constructed-tj-af-2024.csv"))).StdOut, StringComparison.Ordinal);
        Assert.Contains("1 created, 1 updated, 3 unchanged", (await Run("claims", "import", Sample("acled-constructed-tj-af-2024-update.csv"))).StdOut, StringComparison.Ordinal);
        Assert.Contains("Deleted 1 of the 2 events", (await Run("claims", "import", Sample("acled-constructed-deleted-2024.csv"))).StdOut, StringComparison.Ordinal);
        await Run("claims", "import", Sample("ucdp-ged-constructed-tj-af.csv"));
        var acled = Path.Combine(_folder, "acled.csv");
        var ucdp = Path.Combine(_folder, "ucdp.csv");

        await Run("claims", "export", "--format", "acled", "--out", acled);
        await Run("claims", "export", "--format", "ucdp", "--out", ucdp);

        var rows = await File.ReadAllLinesAsync(acled);
        Assert.Equal((await File.ReadAllLinesAsync(Sample("acled-constructed-tj-af-2024.csv")))[0], rows[0]);
        Assert.Equal(["AFG9002", "AFG9005", "TJK9001", "TJK9004", "TJK9006"], rows.Select(r => r.Split(',')[0]).Where(id => id.StartsWith("TJK", StringComparison.Ordinal) || id.StartsWith("AFG", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("AFG9002,2024-05-09,2024,2,", StringComparison.Ordinal) && r.Contains("one border guard wounded", StringComparison.Ordinal));
        Assert.Equal((await File.ReadAllLinesAsync(Sample("ucdp-ged-constructed-tj-af.csv")))[0], (await File.ReadAllLinesAsync(ucdp))[0]);
    }

    [Theory]
    [InlineData("geo_precision", 0, "", "row 1: missing column 'geo_precision'")]
    [InlineData("time_precision", 3, "4", "row 3, time_precision: '4' is not a precision code (1 day, 2 week, 3 month)")]
    [InlineData("event_date", 2, "9 Mai 2024", "row 2, event_date: '9 Mai 2024' is not a date (YYYY-MM-DD or 15 March 2024)")]
    public async Task A_bad_acled_file_is_refused_naming_row_and_column_and_nothing_is_imported(string column, int row, string cell, string message)
    {
        var file = await BadSample(lines =>
        {
            var at = lines[0].IndexOf(column);
            if (row == 0)
            {
                lines.ForEach(l => l.RemoveAt(at));
            }
            else
            {
                lines[row - 1][at] = cell;
            }
        });

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--store", _store);

        Assert.Equal(2, exitCode);
        Assert.Contains(stderr.Split('\n'), l => l.Contains($"bad.csv: {message}", StringComparison.Ordinal));
        Assert.Contains("nothing was imported", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("acled", await SeededStore.SourcesIn(_store), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_the_store_refuses_is_reported_under_its_acled_column()
    {
        var file = await BadSample(lines => lines[3][lines[0].IndexOf("location")] = new string('x', 301));

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--store", _store);

        Assert.Equal(2, exitCode);
        Assert.Equal("bad.csv: row 4, location: is 301 characters long; at most 300 are accepted", stderr.Split('\n')[0]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The first ACLED sample with <paramref name="change"/> made to its cells (split at commas: the changed rows have no quoted cells).</summary>
    private async Task<string> BadSample(Action<List<List<string>>> change)
    {
        var lines = (await File.ReadAllLinesAsync(Sample("acled-constructed-tj-af-2024.csv"))).Select(l => l.Split(',').ToList()).ToList();
        change(lines);
        var file = Path.Combine(_folder, "bad.csv");
        await File.WriteAllLinesAsync(file, lines.Select(l => string.Join(',', l)));
        return file;
    }

    private static string Sample(string name) => Path.Combine(TestRepository.Root, "geodata", "samples", name);

    private async Task<(int ExitCode, string StdOut, string StdErr)> Run(params string[] args)
    {
        var result = await AppProcess.RunToEnd([.. args, "--store", _store]);
        Assert.True(result.ExitCode == 0, result.StdErr);
        return result;
    }
}
