using System.Text;
using System.Xml.Linq;
using BorderMap.Core.Tests;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Furniture;

namespace BorderMap.Rendering.Tests;

/// <summary>What a reader of an export notices: which areas and towns are named, which claims get numbers, the quote text and the footer.</summary>
public sealed class ExportContentTests
{
    private static readonly string SoldiersQuote = RepositoryData.Data.FindClaim("afghan-soldiers-cross-into-tajikistan")!.Data.Quote.Text[..20];

    // Not in the claim's title; "fled" is drawn with the "fl" ligature, which the SVG's text must not show.
    private const string SoldiersTranslation = "1,037 Afghan soldiers fled across";

    [Fact]
    public void A_full_view_PNG_names_the_focus_provinces_and_towns_with_no_two_labels_overlapping()
    {
        var (_, labels) = Exports.RenderWithLabels(("format", "png"), ("width", "1200"), ("height", "800"), ("dpi", "96"));

        var names = labels.Select(l => l.Text).ToList();
        Assert.All(new[] { "Badakhshan", "Takhar", "Kandahar", "Helmand", "Tajikistan" }, focus => Assert.Contains(focus, names));
        var towns = labels.Where(l => l.Kind == "town").Select(l => l.Text).ToList();
        Assert.True(towns.Contains("Dushanbe") && towns.Contains("Kabul") && towns.Count >= 8, string.Join(", ", towns));
        var overlapping = labels.SelectMany((a, i) => labels.Skip(i + 1).Where(a.Overlaps).Select(b => $"{a.Text} / {b.Text}")).ToList();
        Assert.True(overlapping.Count == 0, string.Join("; ", overlapping));
    }

    [Fact]
    public void Hiding_the_towns_layer_leaves_out_the_town_labels()
    {
        var (_, labels) = Exports.RenderWithLabels(("format", "png"), ("width", "1200"), ("height", "800"), ("dpi", "96"), ("layers", "countries,provinces,rivers,claims"));
        Assert.DoesNotContain(labels, l => l.Kind == "town");
    }

    [Fact]
    public void The_default_full_view_export_numbers_the_1037_soldiers_claim_and_prints_its_translation()
    {
        var text = Exports.SvgText(("width", "1200"), ("height", "800"));
        Assert.Contains(SoldiersQuote, text, StringComparison.Ordinal);
        Assert.Contains(SoldiersTranslation, text.Replace('\n', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("original", true, false)]
    [InlineData("translation", false, true)]
    [InlineData("both", true, true)]
    public void Quotes_print_the_original_the_translation_or_both(string quotes, bool original, bool translation)
    {
        var text = Exports.SvgText(("width", "1200"), ("height", "800"), ("quotes", quotes));
        Assert.Equal(original, text.Contains(SoldiersQuote, StringComparison.Ordinal));
        Assert.Equal(translation, text.Replace('\n', ' ').Contains(SoldiersTranslation, StringComparison.Ordinal));
    }

    [Fact]
    public void The_900_km_claim_prints_its_measurement_basis_uncertainty_published_figure_and_verdict()
    {
        var text = Exports.SvgText(("width", "1600"), ("height", "1200"), ("region", "AF-BDS")).Replace('\n', ' ');
        Assert.Contains("Stated more than 900 km: consistent. Measured 820.6 ± 43 km", text, StringComparison.Ordinal);
        Assert.Contains("on Natural Earth 10m", text, StringComparison.Ordinal);
        Assert.Contains("published 910 km (Border Troops", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rated_source_prints_its_reliability_in_the_quote_panel()
    {
        var seed = RepositoryData.Data;
        var rated = new Core.Geodata.BorderMapData(seed.Areas, [.. seed.Sources.Select(s => s with { Reliability = "B" })], seed.Claims);
        var svg = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(Exports.Render(rated, new Storage.Tests.Reference.ClaimIndex(seed.Claims, seed.Areas), Exports.Request(rated, ("format", "svg"), ("width", "1600"), ("height", "1200")))));
        var text = string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
        Assert.Contains("Source reliability B (usually reliable)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Source reliability", Exports.SvgText(("width", "1600"), ("height", "1200")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rated_claim_of_a_rated_source_prints_its_Admiralty_code_in_the_quote_panel()
    {
        var seed = RepositoryData.Data;
        var claims = seed.Claims.Select(c => c with { Data = c.Data with { Credibility = 2 } }).ToList();
        var rated = new Core.Geodata.BorderMapData(seed.Areas, [.. seed.Sources.Select(s => s with { Reliability = "B" })], claims);
        var svg = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(Exports.Render(rated, new Storage.Tests.Reference.ClaimIndex(claims, seed.Areas), Exports.Request(rated, ("format", "svg"), ("width", "1600"), ("height", "1200")))));
        var text = string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
        Assert.Contains("source S1 · Admiralty B2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Admiralty", Exports.SvgText(("width", "1600"), ("height", "1200")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_numbers_the_events_of_its_claims_and_lists_all_their_sources()
    {
        var data = RepositoryData.Data;
        var request = Exports.Request(data, ("format", "svg"), ("width", "1600"), ("height", "1200"));
        var claims = new Storage.Tests.Reference.ClaimIndex(data.Claims, data.Areas).Query(request.Filter);
        var constructed = new ExportEvent("constructed", "Constructed crossing", "disputed", "3 sources, 2 independent", [.. claims.Take(2).Select(c => c.Id)], [.. claims.Take(2).Select(c => c.Data.Source).Distinct(), "source-without-claims-on-the-map"]);
        using var output = new MemoryStream();
        new MapExporter(data.Areas, TownCatalogTests.Shared.Value, data.Sources).Export(request, claims, output, [constructed]);

        var svg = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(output.ToArray()));
        var text = string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
        Assert.Matches(@"Events E1\s+Constructed crossing: disputed; 3 sources, 2 independent: (S\d+, )+source-without-claims-on-the-map Sources", text);
        Assert.Contains("· event E1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_quotes_value_is_named()
    {
        var (request, problems) = Exports.Parser(RepositoryData.Data).Parse(name => name switch { "format" => "png", "quotes" => "german", _ => null }, Exports.Date);
        Assert.Null(request);
        Assert.Equal("unknown value 'german'; use original, translation, both", Assert.Single(problems, p => p.Field == "quotes").Message);
    }

    [Theory]
    [InlineData("plain words", "“plain words”")]
    [InlineData("“already quoted”", "“already quoted”")]
    [InlineData("said “rapidly”. “More,” he said.", "“said ‘rapidly’. ‘More,’ he said.”")]
    public void Quote_marks_never_double_up(string quote, string printed) => Assert.Equal(printed, QuoteEntry.Quoted(quote));

    [Fact]
    public void A_place_prints_as_the_resolved_place_not_the_source_words()
    {
        var text = Exports.SvgText(("width", "1600"), ("height", "1200"), ("region", "AF-KAB"));
        Assert.DoesNotContain("Penerimaan (", text, StringComparison.Ordinal);
        Assert.Contains("Kabul (town or district)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bbox", "66,35,72,39", "in the part of Afghanistan")]
    [InlineData("region", "AF-BDS", "all claims in Badakhshan, Afghanistan")]
    public void The_footer_names_the_area_not_its_coordinates(string parameter, string value, string expected)
    {
        var text = Exports.SvgText(("width", "1200"), ("height", "800"), (parameter, value));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("bbox:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("region: AF", text, StringComparison.Ordinal);
    }
}
