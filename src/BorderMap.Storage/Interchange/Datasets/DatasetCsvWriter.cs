using System.Globalization;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>Writes claims as a dataset's CSV, one row per claim in the order they come, the codebook columns in order.</summary>
internal static class DatasetCsvWriter
{
    public static async Task WriteAsync(TextWriter writer, IEventDataset dataset, IEnumerable<Claim> claims, AreaCatalog areas, CancellationToken cancel)
    {
        await writer.WriteLineAsync(string.Join(',', dataset.Columns));
        foreach (var claim in claims)
        {
            cancel.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Join(',', dataset.Cells(claim, areas).Select(Cell)));
        }
    }

    /// <summary>A number stays as it is (a negative longitude must stay a number); text gets <see cref="CsvFormulaGuard"/>'s apostrophe where needed.</summary>
    private static string Cell(string value) =>
        CsvText.Field(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : CsvFormulaGuard.Neutralise(value));
}
