using System.Globalization;
using BorderMap.Core;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Reads an <see cref="ExportRequest"/> from named text parameters, the same for the URL query of
/// <c>GET /api/export</c> and the options of <c>bordermap export</c>. Every bad parameter is
/// reported by name (<see cref="FieldProblem"/>); a request is returned only when there are none.
/// Whether the <c>selected</c> claim exists is asked of <paramref name="claimExists"/> (the caller
/// looks it up in the claim store), so parsing itself reads no claims.
/// </summary>
public sealed class ExportRequestParser(AreaCatalog areas, Func<string, bool> claimExists)
{
    public const int MaxPixels = 20000;
    public const int DefaultDpi = 150;
    public const string DefaultPaper = "A4-landscape";

    private const int MinDpi = 36;
    private const int MaxDpi = 2400;
    private const int MaxTitleLength = 200;

    // Below about 3 × 2 inches the title, legend and quote panel no longer fit beside a usable map.
    private const float MinWidthPoints = 216;
    private const float MinHeightPoints = 144;

    private static readonly string[] ExportParameters = ["format", "width", "height", "dpi", "paper", "title", "subtitle", "selected", "outlines", "lang", "quotes", "date", "layers"];

    /// <summary>The layers an export can show or hide, named as in the web map's layer switcher.</summary>
    public static IReadOnlyList<string> LayerNames { get; } = ["countries", "provinces", "rivers", "towns", "claims"];

    private readonly ClaimFilterParser _filters = new(areas);

    /// <summary>Every parameter the parser reads; anything else is an unknown parameter.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = [.. ExportParameters, .. ClaimFilterParser.ParameterNames];

    /// <summary>Parses the parameters; <paramref name="today"/> is the export date when none is given.</summary>
    public (ExportRequest? Request, IReadOnlyList<FieldProblem> Problems) Parse(Func<string, string?> parameter, DateOnly today)
    {
        string? Value(string name) => string.IsNullOrWhiteSpace(parameter(name)) ? null : parameter(name)!.Trim();

        var problems = new List<FieldProblem>();
        var format = ParseFormat(Value("format"), problems);
        var page = ParsePage(Value("width"), Value("height"), Value("dpi"), Value("paper"), problems);
        // Raw values: a filter list given empty ("category=") lets nothing pass, unlike a missing one.
        var (filter, filterProblems) = _filters.Parse(name => parameter(name)?.Trim());
        problems.AddRange(filterProblems);
        if (Value("bbox") is not null && Value("region") is not null)
        {
            problems.Add(new FieldProblem("region", "give region or bbox, not both: each frames the map"));
        }

        var title = CheckLength("title", Value("title"), problems);
        var subtitle = CheckLength("subtitle", Value("subtitle"), problems);
        var selected = Value("selected");
        if (selected is not null && !claimExists(selected))
        {
            problems.Add(new FieldProblem("selected", $"unknown claim '{selected}'"));
        }

        var outlines = ParseBoolean("outlines", Value("outlines"), problems);
        var language = ParseLanguage(Value("lang"), problems);
        var quotes = ParseQuotes(Value("quotes"), problems);
        var date = ParseDate(Value("date"), problems) ?? today;
        var layers = ParseLayers(parameter("layers"), problems);
        if (problems.Count > 0 || format is null || page is null || filter is null)
        {
            return (null, problems);
        }

        return (new ExportRequest
        {
            Format = format.Value,
            Page = page,
            Title = title ?? DefaultTitle(filter.Region),
            Subtitle = subtitle,
            Filter = filter,
            SelectedClaimId = selected,
            Outlines = outlines,
            LabelLanguage = language,
            Quotes = quotes,
            Date = date,
            Layers = layers,
        }, problems);
    }

    private static HashSet<string> ParseLayers(string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return LayerNames.ToHashSet(StringComparer.Ordinal);
        }

        var layers = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = layers.Except(LayerNames).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new FieldProblem("layers", $"unknown layer '{string.Join("', '", unknown)}'; use {string.Join(", ", LayerNames)}"));
        }

        return layers;
    }

    private static QuoteLanguage ParseQuotes(string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return QuoteLanguage.Both;
        }

        if (QuoteLanguages.Parse(text) is { } quotes)
        {
            return quotes;
        }

        problems.Add(new FieldProblem("quotes", $"unknown value '{text}'; use {string.Join(", ", QuoteLanguages.Names)}"));
        return QuoteLanguage.Both;
    }

    private static ExportFormat? ParseFormat(string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            problems.Add(new FieldProblem("format", "required; use png, svg or pdf"));
            return null;
        }

        var format = FormatOf(text);
        if (format is null)
        {
            problems.Add(new FieldProblem("format", $"unknown format '{text}'; use png, svg or pdf"));
        }

        return format;
    }

    private static PageSpec? ParsePage(string? widthText, string? heightText, string? dpiText, string? paperText, List<FieldProblem> problems)
    {
        var count = problems.Count;
        var dpi = dpiText is null ? DefaultDpi : ParseWhole("dpi", dpiText, MinDpi, MaxDpi, "dots per inch", problems);
        var width = widthText is null ? (int?)null : ParseWhole("width", widthText, 1, MaxPixels, "pixels", problems);
        var height = heightText is null ? (int?)null : ParseWhole("height", heightText, 1, MaxPixels, "pixels", problems);
        if ((widthText is null) != (heightText is null))
        {
            problems.Add(new FieldProblem(widthText is null ? "width" : "height", "give width and height together"));
        }

        if (paperText is not null && (widthText is not null || heightText is not null))
        {
            problems.Add(new FieldProblem("paper", "give either paper or width and height, not both"));
        }

        var paper = Paper.Find(paperText ?? DefaultPaper);
        if (paper is null)
        {
            problems.Add(new FieldProblem("paper", $"unknown paper '{paperText}'; use {string.Join(", ", Paper.Names)}"));
        }

        if (problems.Count > count || dpi is null || paper is null)
        {
            return null;
        }

        var scale = dpi.Value / 72f;
        PageSpec page = width is { } w && height is { } h
            ? new PageSpec(w / scale, h / scale, dpi.Value, w, h, null)
            : new PageSpec(paper.Width, paper.Height, dpi.Value, (int)Math.Round(paper.Width * scale), (int)Math.Round(paper.Height * scale), paper.Name);
        if (page.PixelWidth > MaxPixels || page.PixelHeight > MaxPixels)
        {
            problems.Add(new FieldProblem("dpi", $"{page.Paper} at {dpi} dpi is {page.PixelWidth} × {page.PixelHeight} pixels; the limit is {MaxPixels} on each side"));
            return null;
        }

        if (page.Width < MinWidthPoints || page.Height < MinHeightPoints)
        {
            var field = width is null ? "paper" : page.Width < MinWidthPoints ? "width" : "height";
            problems.Add(new FieldProblem(field, string.Create(CultureInfo.InvariantCulture, $"{page.PixelWidth} × {page.PixelHeight} pixels at {dpi} dpi is a {page.Width / 72:0.##} × {page.Height / 72:0.##} inch page; the map needs at least 3 × 2 inches: give more pixels or a lower dpi")));
            return null;
        }

        return page;
    }

    private static int? ParseWhole(string name, string text, int min, int max, string unit, List<FieldProblem> problems)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(new FieldProblem(name, $"'{text}' is not a whole number of {unit}"));
            return null;
        }

        if (value < min || value > max)
        {
            problems.Add(new FieldProblem(name, $"{value} is out of range: use {min} to {max} {unit}"));
            return null;
        }

        return value;
    }

    private static string? CheckLength(string name, string? text, List<FieldProblem> problems)
    {
        if (text is { Length: > MaxTitleLength })
        {
            problems.Add(new FieldProblem(name, $"is {text.Length} characters long; the limit is {MaxTitleLength}"));
        }

        return text;
    }

    private static bool ParseBoolean(string name, string? text, List<FieldProblem> problems)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                problems.Add(new FieldProblem(name, $"'{text}' is not true or false"));
                return false;
        }
    }

    private string ParseLanguage(string? text, List<FieldProblem> problems)
    {
        var known = areas.All.SelectMany(a => a.Names.Keys).Append("local").Append("en").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (text is null || known.Contains(text, StringComparer.Ordinal))
        {
            return text ?? "en";
        }

        problems.Add(new FieldProblem("lang", $"unknown label language '{text}'; use {string.Join(", ", known)}"));
        return "en";
    }

    private static DateOnly? ParseDate(string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        problems.Add(new FieldProblem("date", $"'{text}' is not a real date in the form YYYY-MM-DD"));
        return null;
    }

    private string DefaultTitle(string? regionId)
    {
        if (regionId is null || areas.Find(regionId) is not { } region)
        {
            return "Tajikistan–Afghanistan border";
        }

        return region.Kind == AreaKind.Country || areas.Find(region.Country) is not { } country
            ? region.Name
            : $"{region.Name}, {country.Name}";
    }

    // A loop rather than LINQ over the enum: its generic code is not in the ReadyToRun image.
    private static ExportFormat? FormatOf(string text)
    {
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            if (format.Extension().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }
}
