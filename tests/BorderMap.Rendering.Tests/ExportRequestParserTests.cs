using BorderMap.Core.Tests;
using BorderMap.Rendering.Export;

namespace BorderMap.Rendering.Tests;

public sealed class ExportRequestParserTests
{
    private static (ExportRequest? Request, IReadOnlyList<Core.Claims.FieldProblem> Problems) Parse(params (string Name, string Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return Exports.Parser(RepositoryData.Data).Parse(values.GetValueOrDefault, Exports.Date);
    }

    [Theory]
    [InlineData("format", "gif", "format", "unknown format 'gif'")]
    [InlineData("width", "0", "width", "0 is out of range")]
    [InlineData("width", "20001", "width", "20001 is out of range")]
    [InlineData("width", "12.5", "width", "not a whole number")]
    [InlineData("dpi", "5000", "dpi", "5000 is out of range")]
    [InlineData("paper", "B5", "paper", "unknown paper 'B5'")]
    [InlineData("bbox", "60,29,75", "bbox", "is not minLon,minLat,maxLon,maxLat")]
    [InlineData("bbox", "75,29,60,41", "bbox", "minLon < maxLon")]
    [InlineData("region", "AF-XYZ", "region", "unknown region 'AF-XYZ'")]
    [InlineData("category", "weather", "category", "unknown category 'weather'")]
    [InlineData("from", "2021-02-30", "from", "not a real date")]
    [InlineData("selected", "no-such-claim", "selected", "unknown claim 'no-such-claim'")]
    [InlineData("lang", "xx", "lang", "unknown label language 'xx'")]
    [InlineData("outlines", "maybe", "outlines", "not true or false")]
    [InlineData("date", "today", "date", "not a real date")]
    public void A_bad_parameter_is_named_with_a_specific_message(string name, string value, string field, string message)
    {
        var parameters = new List<(string, string)> { ("format", "png") };
        parameters.RemoveAll(p => p.Item1 == name);
        parameters.Add((name, value));
        if (name == "width")
        {
            parameters.Add(("height", "800"));
        }

        var (request, problems) = Parse([.. parameters]);

        Assert.Null(request);
        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_is_required()
    {
        var (_, problems) = Parse(("width", "800"), ("height", "600"));
        Assert.Equal("format", Assert.Single(problems).Field);
    }

    [Fact]
    public void Conflicting_or_incomplete_sizes_are_rejected()
    {
        Assert.Contains(Parse(("format", "png"), ("width", "800")).Problems, p => p.Field == "height");
        Assert.Contains(Parse(("format", "png"), ("width", "800"), ("height", "600"), ("paper", "A4-portrait")).Problems, p => p.Field == "paper");
        Assert.Contains(Parse(("format", "png"), ("bbox", "60,29,75,41"), ("region", "AF-BDS")).Problems, p => p.Field == "region");
        Assert.Contains(Parse(("format", "png"), ("paper", "A3-landscape"), ("dpi", "2000")).Problems, p => p.Field == "dpi" && p.Message.Contains("limit is 20000", StringComparison.Ordinal));
        Assert.Contains(Parse(("format", "png"), ("width", "300"), ("height", "200"), ("dpi", "300")).Problems, p => p.Field == "width" && p.Message.Contains("3 × 2 inches", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_are_A4_landscape_at_150_dpi_with_a_title_from_the_region()
    {
        var (request, _) = Parse(("format", "pdf"), ("region", "AF-BDS"));
        Assert.NotNull(request);
        Assert.Equal("A4-landscape", request.Page.Paper);
        Assert.Equal((1754, 1240), (request.Page.PixelWidth, request.Page.PixelHeight));
        Assert.Equal("Badakhshan, Afghanistan", request.Title);
        Assert.Equal("AF-BDS", request.Filter.Region);
        Assert.Equal("bordermap-AF-BDS-2026-11-25.pdf", request.FileName);
    }

    [Fact]
    public void Every_parameter_name_is_known_to_the_parser()
    {
        Assert.Equal(
            ["format", "width", "height", "dpi", "paper", "title", "subtitle", "selected", "outlines", "lang", "quotes", "date", "layers", "bbox", "from", "to", "category", "actor", "status", "region", "precision", "q", "reliability", "credibility", "event_status", "single_source"],
            ExportRequestParser.ParameterNames);
    }
}
