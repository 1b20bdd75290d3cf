using BorderMap.Core.Areas;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>
/// An event dataset's CSV export format (ACLED, UCDP GED): its codebook columns, how a row becomes
/// a claim, and how a claim is written back as a row. Each row's description cell is the claim's
/// quote, at its offsets in the file, which is registered as the source.
/// </summary>
internal interface IEventDataset
{
    /// <summary>The format's name on the command line and the prefix of its claim ids and kept columns: <c>acled</c>.</summary>
    string Name { get; }

    /// <summary>Who publishes the dataset, for the registered file's source.</summary>
    string Publisher { get; }

    /// <summary>The codebook columns, in the order an export writes them; an import needs every one.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The column that holds the dataset's own event id.</summary>
    string IdColumn { get; }

    /// <summary>The column a claim field comes from, to report the store's problems in the file's terms.</summary>
    IReadOnlyDictionary<string, string> FieldColumns { get; }

    /// <summary>The claim of a row, or null when the row has problems (which it then holds).</summary>
    ClaimDraft? Draft(DatasetRow row, AreaCatalog areas);

    /// <summary>A claim as a row, one cell per <see cref="Columns"/> entry.</summary>
    IReadOnlyList<string> Cells(Claim claim, AreaCatalog areas);
}

/// <summary>The event datasets whose files claims import from and export to.</summary>
internal static class EventDatasets
{
    public static readonly IReadOnlyList<IEventDataset> All = [new Acled.AcledDataset(), new Ucdp.UcdpDataset()];

    /// <summary>
    /// The dataset a CSV header is of: most of its codebook columns are there (so a file that lacks a
    /// few is still recognised, and told which), or null for BorderMap's own CSV.
    /// </summary>
    public static IEventDataset? Recognise(IReadOnlyCollection<string> header) =>
        All.FirstOrDefault(d => d.Columns.Count(c => header.Contains(c, StringComparer.Ordinal)) * 2 > d.Columns.Count);

    public static IEventDataset Of(ClaimFileFormat format) => All.First(d => string.Equals(d.Name, format.ToString(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The column a claim field (<c>quote.text</c>, <c>actors[2]</c>) comes from; the field itself when no one column does.</summary>
    public static string ColumnFor(IEventDataset dataset, string field) =>
        dataset.FieldColumns.GetValueOrDefault(field.Split('[', '.')[0], field);

    /// <summary>The claim id of a dataset event id: <c>acled-tjk1234</c>.</summary>
    public static string ClaimId(IEventDataset dataset, string eventId) => $"{dataset.Name}-{Slug.From(eventId, 70, string.Empty)}".TrimEnd('-');

    /// <summary>The dataset's event id of a claim: the kept one while it still gives the claim's id, otherwise the claim id without the dataset's prefix.</summary>
    public static string EventId(IEventDataset dataset, Claim claim, IReadOnlyDictionary<string, string> kept) =>
        kept.TryGetValue(dataset.IdColumn, out var id) && ClaimId(dataset, id) == claim.Id ? id
        : claim.Id.StartsWith(dataset.Name + "-", StringComparison.Ordinal) ? claim.Id[(dataset.Name.Length + 1)..] : claim.Id;
}
