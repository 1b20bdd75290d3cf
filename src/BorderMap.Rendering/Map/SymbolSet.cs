using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The claim symbols one marker layer draws, made once per category, selection and paleness and
/// disposed together. One dictionary by category for each of the four (selected, pale) pairs
/// rather than one keyed by a value tuple, whose generic code the ReadyToRun image lacks.
/// </summary>
internal sealed class SymbolSet(RenderStyle style, IReadOnlySet<string> uncertain, bool raster) : IDisposable
{
    private const byte PaleAlpha = 96;

    private readonly Dictionary<string, SymbolStamp>[] _byCategory = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>The symbol for the claim (stamped from sprites on a <c>raster</c> page), made at <paramref name="size"/> the first time its kind is asked for.</summary>
    public SymbolStamp For(PlacedClaim claim, float size)
    {
        var pale = uncertain.Contains(claim.Mark.Id);
        var symbols = _byCategory[(claim.Selected ? 2 : 0) + (pale ? 1 : 0)];
        if (!symbols.TryGetValue(claim.Mark.Category, out var symbol))
        {
            var category = style.Style.For(claim.Mark.Category);
            var colour = style.CategoryColour(category.Id);
            symbols[claim.Mark.Category] = symbol = new SymbolStamp(new ClaimSymbol(category.Symbol, pale ? colour.WithAlpha(PaleAlpha) : colour, size), raster);
        }

        return symbol;
    }

    public void Dispose()
    {
        foreach (var symbols in _byCategory)
        {
            foreach (var symbol in symbols.Values)
            {
                symbol.Dispose();
            }
        }
    }
}
