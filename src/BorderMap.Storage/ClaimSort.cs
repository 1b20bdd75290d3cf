using BorderMap.Core.Claims;

namespace BorderMap.Storage;

/// <summary>The orders a page of claims can come in: creation (the default), or a stored field.</summary>
public enum ClaimSortField
{
    Created,
    Date,
    Place,
    Title,
    Category,
    Status,
}

/// <summary>
/// The order of a claim list: a field, ascending or descending, with the claim's position (fid) as
/// the tie-break in the same direction, so that a keyset cursor over (key, fid) pages stably. Keys
/// compare ordinally (code point order), the same in every backend and in memory. Its name is the
/// field's, with a leading <c>-</c> when descending (<c>date</c>, <c>-date</c>, <c>place</c>, …).
/// </summary>
public readonly record struct ClaimSort(ClaimSortField Field, bool Descending)
{
    public static readonly ClaimSort Created = new(ClaimSortField.Created, false);

    /// <summary>The fields a sort may name, as the API spells them.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = ["created", "date", "place", "title", "category", "status"];

    public string Name => (Descending ? "-" : string.Empty) + FieldNames[(int)Field];

    public override string ToString() => Name;

    /// <summary>The sort a name gives, or false for a name that is no sort (creation order has no descending form).</summary>
    public static bool TryParse(string? text, out ClaimSort sort)
    {
        sort = Created;
        if (text is null)
        {
            return false;
        }

        var descending = text.StartsWith('-');
        var index = FieldNames.ToList().IndexOf(descending ? text[1..] : text);
        if (index < 0 || (descending && index == 0))
        {
            return false;
        }

        sort = new ClaimSort((ClaimSortField)index, descending);
        return true;
    }

    /// <summary>The value of this sort's field in a claim, as the stores keep it.</summary>
    public string KeyOf(Claim claim) => KeyOf(claim.Data);

    /// <summary>
    /// The value of this sort's field, reading the data only when the field is one: creation order
    /// keys on the position alone, so a page in that order never parses a stored item for its cursor.
    /// </summary>
    public string KeyOf(Func<ClaimData> data) => Field == ClaimSortField.Created ? string.Empty : KeyOf(data());

    /// <summary>The value of this sort's field in a claim's data.</summary>
    public string KeyOf(ClaimData data) => Field switch
    {
        ClaimSortField.Date => data.EventDate,
        ClaimSortField.Place => data.Place,
        ClaimSortField.Title => data.Title,
        ClaimSortField.Category => data.Category,
        ClaimSortField.Status => data.Status,
        _ => string.Empty,
    };
}
