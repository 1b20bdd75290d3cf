using System.Buffers.Binary;
using System.Text;
using BorderMap.Storage.Counting;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// What the count tables count of one claim (<see cref="ICountedClaim"/> and its areas), read from its row's binary <c>COPY</c>
/// fields (<see cref="ClaimCopyRow.Columns"/>): those a staged import encoded, or those PostgreSQL sent for a stored claim, which
/// are the same types in the same form. The columns the SQL fills read (<c>anchor</c>, <c>period</c>, <c>category</c>,
/// <c>status</c>, <c>geo_precision</c>, <c>actors</c>, <c>area_ids</c>) are read as they do: the anchor's coordinates as
/// stored, the period's first and last day as <c>lower(period)</c> and <c>upper(period) - 1</c>. One instance is reused for
/// every claim (<see cref="Read"/>); its texts of few distinct values (categories, statuses, days) are made once.
/// Not thread-safe.
/// </summary>
internal sealed class CopiedClaim : ICountedClaim
{
    private const int CategoryField = 4;
    private const int StatusField = 5;
    private const int AnchorField = 13;
    private const int PrecisionField = 14;
    private const int ActorsField = 15;
    private const int AreasField = 17;
    private const int PeriodField = 18;

    /// <summary>Flags of a range's binary form (PostgreSQL's <c>rangetypes.h</c>).</summary>
    private const byte EmptyRange = 0x01, LowerIncluded = 0x02, UpperIncluded = 0x04, LowerInfinite = 0x08, UpperInfinite = 0x10;

    /// <summary>The most distinct texts kept made (<see cref="Text"/>): a closed vocabulary needs a handful.</summary>
    private const int MostKeptTexts = 256;

    private static readonly DateOnly DateEpoch = new(2000, 1, 1);

    private readonly List<string> _actors = [];
    private readonly List<string> _areas = [];
    private readonly List<(byte[] Bytes, string Text)> _texts = [];
    private readonly Dictionary<int, string> _days = [];
    private readonly int[] _starts = new int[ClaimCopyRow.FieldCount];
    private readonly int[] _lengths = new int[ClaimCopyRow.FieldCount];

    public string Category { get; private set; } = string.Empty;

    public string Status { get; private set; } = string.Empty;

    public int? Precision { get; private set; }

    public string FirstDay { get; private set; } = string.Empty;

    public string LastDay { get; private set; } = string.Empty;

    public (double X, double Y) Mercator { get; private set; }

    public int ActorCount => _actors.Count;

    /// <summary>The claim's areas (<c>area_ids</c>), in their order.</summary>
    public IReadOnlyList<string> AreaIds => _areas;

    public string Actor(int index) => _actors[index];

    /// <summary>Reads the claim of <paramref name="fields"/> (a row's fields without its field count, <see cref="ClaimCopyRow.Columns"/>).</summary>
    public void Read(ReadOnlySpan<byte> fields)
    {
        var at = 0;
        for (var i = 0; i < ClaimCopyRow.FieldCount; i++)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(fields[at..]);
            (_starts[i], _lengths[i]) = (at + sizeof(int), length);
            at += sizeof(int) + Math.Max(length, 0);
        }

        Category = Text(Field(fields, CategoryField));
        Status = Text(Field(fields, StatusField));
        Precision = _lengths[PrecisionField] < 0 ? null : BinaryPrimitives.ReadInt16BigEndian(Field(fields, PrecisionField));
        Mercator = _lengths[AnchorField] < 0 ? (double.NaN, double.NaN) : Point(Field(fields, AnchorField));
        if (Precision is not null)
        {
            ReadPeriod(Field(fields, PeriodField));
        }

        TextArray(Field(fields, ActorsField), _lengths[ActorsField], _actors);
        TextArray(Field(fields, AreasField), _lengths[AreasField], _areas);
        // migration 10's fill counts each actor once (DISTINCT), which the import's rows already are and a stored row may not be.
        for (var i = _actors.Count - 1; i > 0; i--)
        {
            if (_actors.IndexOf(_actors[i]) < i)
            {
                _actors.RemoveAt(i);
            }
        }
    }

    private ReadOnlySpan<byte> Field(ReadOnlySpan<byte> fields, int field) => fields.Slice(_starts[field], Math.Max(_lengths[field], 0));

    /// <summary>A point's coordinates from its extended WKB (either byte order, with or without an SRID); an empty point's are not numbers.</summary>
    private static (double X, double Y) Point(ReadOnlySpan<byte> wkb)
    {
        var little = wkb[0] == 1;
        var type = little ? BinaryPrimitives.ReadUInt32LittleEndian(wkb[1..]) : BinaryPrimitives.ReadUInt32BigEndian(wkb[1..]);
        var at = 1 + sizeof(uint) + ((type & 0x20000000) != 0 ? sizeof(int) : 0);
        if ((type & 0xFFFF) != 1 || wkb.Length < at + (2 * sizeof(double)))
        {
            throw new InvalidDataException("a claim's anchor is not a point");
        }

        return (Ordinate(wkb[at..], little), Ordinate(wkb[(at + sizeof(double))..], little));
    }

    private static double Ordinate(ReadOnlySpan<byte> bytes, bool little) =>
        little ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes);

    /// <summary>The period's first and last day, as <c>lower(period)</c> and <c>upper(period) - 1</c> of its canonical form.</summary>
    private void ReadPeriod(ReadOnlySpan<byte> range)
    {
        if (range.IsEmpty || (range[0] & (EmptyRange | LowerInfinite | UpperInfinite)) != 0)
        {
            throw new InvalidDataException("a claim's period is missing, empty or unbounded");
        }

        var flags = range[0];
        var (lower, upper) = (BinaryPrimitives.ReadInt32BigEndian(range[(1 + sizeof(int))..]), BinaryPrimitives.ReadInt32BigEndian(range[(1 + (3 * sizeof(int)))..]));
        FirstDay = Day((flags & LowerIncluded) != 0 ? lower : lower + 1);
        LastDay = Day((flags & UpperIncluded) != 0 ? upper : upper - 1);
    }

    /// <summary>A date (days since 2000-01-01) as an ISO date, each day's text made once.</summary>
    private string Day(int days)
    {
        if (!_days.TryGetValue(days, out var text))
        {
            text = Core.IsoDate.Format(DateOnly.FromDayNumber(DateEpoch.DayNumber + days));
            _days[days] = text;
        }

        return text;
    }

    /// <summary>A text field's value, the same string for the same bytes among the first <see cref="MostKeptTexts"/> met.</summary>
    private string Text(ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, text) in _texts)
        {
            if (utf8.SequenceEqual(bytes))
            {
                return text;
            }
        }

        var made = Encoding.UTF8.GetString(utf8);
        if (_texts.Count < MostKeptTexts)
        {
            _texts.Add((utf8.ToArray(), made));
        }

        return made;
    }

    /// <summary>A one-dimensional <c>text[]</c>'s elements into <paramref name="into"/>: none for SQL null or no dimensions; no claim's array holds a null element, which is skipped.</summary>
    private static void TextArray(ReadOnlySpan<byte> array, int length, List<string> into)
    {
        into.Clear();
        if (length < 0 || BinaryPrimitives.ReadInt32BigEndian(array) == 0)
        {
            return;
        }

        var count = BinaryPrimitives.ReadInt32BigEndian(array[(3 * sizeof(int))..]);
        var at = 5 * sizeof(int);
        for (var i = 0; i < count; i++)
        {
            var size = BinaryPrimitives.ReadInt32BigEndian(array[at..]);
            at += sizeof(int);
            if (size >= 0)
            {
                into.Add(Encoding.UTF8.GetString(array.Slice(at, size)));
                at += size;
            }
        }
    }
}
