using BorderMap.Core.Claims;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Map;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// The quote panel's entry texts of the claims it may list, each composed the first time it is
/// measured and then kept, since finding how many fit measures the same entries several times.
/// The list is the leading claims whose whole claim was read: a claim past the panel's capacity,
/// or one deleted since its mark was read, ends it.
/// </summary>
internal sealed class EntryTexts
{
    private readonly QuoteEntry _entryText;
    private readonly EntryMarks _marks;
    private readonly float _width;
    private readonly List<Claim> _claims = [];
    private readonly List<TextBlock?> _blocks = [];

    public EntryTexts(QuoteEntry entryText, IReadOnlyList<PlacedClaim> claims, IReadOnlyDictionary<string, Claim> quoted, EntryMarks marks, float width)
    {
        (_entryText, _marks, _width) = (entryText, marks, width);
        foreach (var placed in claims)
        {
            if (!quoted.TryGetValue(placed.Mark.Id, out var claim))
            {
                break;
            }

            _claims.Add(claim);
            _blocks.Add(null);
        }
    }

    public int Count => _claims.Count;

    /// <summary>The entry of the claim at <paramref name="index"/> in marker order, numbered <paramref name="index"/> + 1.</summary>
    public TextBlock this[int index] => _blocks[index] ??= _entryText.Compose(_claims[index], index + 1, _marks.For(_claims[index]), _width);
}
