using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>The number tests' one check: a text gives exactly one count, of this kind, value and qualifier.</summary>
internal static class QuantityAssert
{
    public static Quantity Single(string text, string language, string key, double value, string qualifier)
    {
        var quantity = Assert.Single(NumberFinder.Quantities(text, language));
        Assert.Equal((key, value, qualifier), (quantity.Key, quantity.Value, quantity.Qualifier));
        return quantity;
    }
}
