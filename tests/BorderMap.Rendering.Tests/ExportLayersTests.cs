using BorderMap.Core.Tests;

namespace BorderMap.Rendering.Tests;

/// <summary>An export shows the layers and filters of the screen it starts from, hidden ones included.</summary>
public sealed class ExportLayersTests
{
    private static string Svg(params (string Name, string Value)[] parameters) => Exports.SvgText([("width", "1200"), ("height", "800"), .. parameters]);

    // The quote panel lists recent, corroborated claims in the focus areas first, so the 1,037-soldiers
    // claim is listed at any page size; its first words stay on one wrapped line.
    private static readonly string ListedQuote = RepositoryData.Data.FindClaim("afghan-soldiers-cross-into-tajikistan")!.Data.Quote.Text[..20];

    [Fact]
    public void Hiding_the_claims_layer_leaves_out_the_markers_and_the_quotes()
    {
        Assert.Contains(ListedQuote, Svg(), StringComparison.Ordinal);
        Assert.DoesNotContain(ListedQuote, Svg(("layers", "countries,provinces,rivers")), StringComparison.Ordinal);
    }

    [Fact]
    public void Hiding_the_provinces_leaves_out_their_labels()
    {
        Assert.Contains("\nHelmand\n", Svg(), StringComparison.Ordinal);
        Assert.DoesNotContain("\nHelmand\n", Svg(("layers", "countries,rivers,claims")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_list_given_empty_lets_no_claim_through() =>
        Assert.DoesNotContain(ListedQuote, Svg(("category", "")), StringComparison.Ordinal);

    [Fact]
    public void An_unknown_layer_is_named()
    {
        var (request, problems) = Exports.Parser(RepositoryData.Data)
            .Parse(name => name switch { "format" => "png", "layers" => "roads,claims", _ => null }, Exports.Date);
        Assert.Null(request);
        Assert.Contains("roads", Assert.Single(problems, p => p.Field == "layers").Message, StringComparison.Ordinal);
    }
}
