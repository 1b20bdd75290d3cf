using System.Globalization;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>
/// What ACLED and UCDP GED do alike once their codebooks are set aside: a header of codebook columns
/// split into those the claim model has a field for and those kept in the claim's note
/// (<see cref="KeptColumns"/>), and a row read as a reported claim that quotes the row's description
/// cell. Each format names its columns and how they map; this one copy keeps the two formats from
/// drifting apart in how they keep columns, date a claim or write its area.
/// </summary>
internal abstract class CodebookDataset : IEventDataset
{
    public abstract string Name { get; }

    public abstract string Publisher { get; }

    public abstract IReadOnlyList<string> Columns { get; }

    public abstract string IdColumn { get; }

    public abstract IReadOnlyDictionary<string, string> FieldColumns { get; }

    /// <summary>Columns with a field of the claim model (or derived from one); every other column is kept in the note.</summary>
    protected abstract IReadOnlySet<string> ModelColumns { get; }

    public abstract ClaimDraft? Draft(DatasetRow row, AreaCatalog areas);

    public abstract IReadOnlyList<string> Cells(Claim claim, AreaCatalog areas);

    /// <summary>The row's cells of the columns without a model field, in codebook order, for the note.</summary>
    protected IEnumerable<(string Column, string Value)> UnmodelledCells(DatasetRow row) =>
        Columns.Where(c => !ModelColumns.Contains(c)).Select(c => (c, row.Text(c)));

    /// <summary>
    /// A row's claim: reported on its event date, quoting the row's description cell (its translation
    /// too, since the datasets write English), with no references; the file's source is filled in by
    /// <see cref="DatasetFile"/>, which registers it.
    /// </summary>
    protected ClaimDraft Reported(string eventId, Point? point, ClaimFields fields) =>
        new(EventDatasets.ClaimId(this, eventId), new ClaimData(
            fields.Title, fields.Category, fields.Actors, fields.Place, [], fields.Area is { } area ? [area] : [], fields.GeoPrecision,
            fields.Date, fields.EndDate, fields.TimePrecision, fields.Date, string.Empty, fields.Quote, fields.Translation, fields.Note, "reported",
            fields.Numbers, default, default, 0), point);

    /// <summary>
    /// The kept columns of a claim's note, with the area and country cells: the kept ones when the
    /// import kept either, otherwise the names of the claim's first area and its country.
    /// </summary>
    protected (Dictionary<string, string> Kept, string Area, string Country) KeptWithArea(Claim claim, string areaColumn, AreaCatalog areas)
    {
        var kept = KeptColumns.Read(Name, claim.Data.Note);
        var (area, country) = kept.ContainsKey(areaColumn) || kept.ContainsKey("country")
            ? (DatasetValues.Kept(kept, areaColumn), DatasetValues.Kept(kept, "country"))
            : DatasetValues.AreaNames(areas, claim);
        return (kept, area, country);
    }

    protected static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);

    /// <summary>The claim fields a format reads from its own columns.</summary>
    protected sealed record ClaimFields(
        string Title,
        string Category,
        IReadOnlyList<string> Actors,
        string Place,
        string? Area,
        int GeoPrecision,
        string Date,
        string? EndDate,
        string TimePrecision,
        Quote Quote,
        string Translation,
        string? Note,
        IReadOnlyDictionary<string, double> Numbers);
}
