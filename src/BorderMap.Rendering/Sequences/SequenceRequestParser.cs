using System.Globalization;
using BorderMap.Core;
using BorderMap.Core.Claims;
using BorderMap.Rendering.Export;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// Reads an animation (<c>animate=true</c>) or a small-multiples page (<c>small-multiples=true</c>)
/// from the same named parameters as <see cref="ExportRequestParser"/>, plus <c>step</c>,
/// <c>window</c>, <c>dates</c> and <c>fps</c>. Every bad parameter is named; a request is returned
/// only when there are none. Whether ffmpeg is installed is asked of <paramref name="hasFfmpeg"/>.
/// </summary>
public sealed class SequenceRequestParser(ExportRequestParser maps, Func<bool> hasFfmpeg)
{
    public const int MaxMaps = 48;
    public const int DefaultFramesPerSecond = 2;
    private const int MaxWindowDays = 3660;
    private const int MaxFramesPerSecond = 30;

    /// <summary>The parameters a sequence adds to a map export's.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["animate", "small-multiples", "step", "window", "dates", "fps"];

    /// <summary>True when the parameters ask for an animation or small multiples rather than one map.</summary>
    public static bool IsSequence(Func<string, string?> parameter) =>
        IsTrue(parameter("animate")) || IsTrue(parameter("small-multiples"));

    /// <summary>A problem naming a sequence's parameter given to a single-map export, or null when there is none.</summary>
    public static FieldProblem? Stray(Func<string, string?> parameter) =>
        ParameterNames.Skip(2).FirstOrDefault(name => !string.IsNullOrWhiteSpace(parameter(name))) is { } name
            ? new FieldProblem(name, "only an animation (animate) or a small-multiples page (small-multiples) takes this")
            : null;

    public (SequenceRequest? Request, IReadOnlyList<FieldProblem> Problems) Parse(Func<string, string?> parameter, DateOnly today)
    {
        string? Value(string name) => string.IsNullOrWhiteSpace(parameter(name)) ? null : parameter(name)!.Trim();
        var problems = new List<FieldProblem>();
        if (IsTrue(Value("animate")) && IsTrue(Value("small-multiples")))
        {
            return (null, [new FieldProblem("animate", "give animate or small-multiples, not both")]);
        }

        return IsTrue(Value("animate")) ? ParseAnimation(Value, parameter, today, problems) : ParseSmallMultiples(Value, parameter, today, problems);
    }

    private (SequenceRequest?, IReadOnlyList<FieldProblem>) ParseAnimation(Func<string, string?> value, Func<string, string?> raw, DateOnly today, List<FieldProblem> problems)
    {
        var format = value("format") switch
        {
            null => Problem<AnimationFormat>(problems, "format", "required; use gif, mp4 or png-seq"),
            var text => AnimationFormats.Parse(text) ?? Problem<AnimationFormat>(problems, "format", $"unknown animation format '{text}'; use gif, mp4 or png-seq"),
        };
        if (format == AnimationFormat.Mp4 && !hasFfmpeg())
        {
            problems.Add(new FieldProblem("format", "mp4 needs ffmpeg, which is not installed: install Debian's ffmpeg package (apt install ffmpeg), or export gif or png-seq"));
        }

        var step = ParseStep(value("step"), allowMonth: false, problems) ?? FrameStep.Day;
        var window = ParseWindow(value("window"), allowCumulative: true, FramePlan.StepDays(step), problems);
        var fps = value("fps") is { } fpsText ? ParseWhole("fps", fpsText, 1, MaxFramesPerSecond, "frames a second", problems) : DefaultFramesPerSecond;
        Forbid(value, "dates", "only small multiples take dates; an animation runs from 'from' to 'to'", problems);
        var sized = value("width") is null && value("height") is null && value("paper") is null;
        var template = ParseTemplate(name => name switch
        {
            "format" => "png",
            "width" when sized => "1920",
            "height" when sized => "1080",
            _ => raw(name),
        }, today, problems);
        if (template is null || problems.Count > 0)
        {
            return (null, problems);
        }

        if (RequireRange(template, problems) is not var (from, to))
        {
            return (null, problems);
        }

        var count = FramePlan.AnimationFrameCount(from, to, step);
        if (count > FramePlan.MaxFrames)
        {
            return (null, [new FieldProblem("step", string.Create(CultureInfo.InvariantCulture, $"{IsoDate.Format(from)} to {IsoDate.Format(to)} by {Name(step)} is {count:N0} frames; the limit is {FramePlan.MaxFrames:N0}: use a longer step or a shorter range"))]);
        }

        return (new AnimationRequest(template, FramePlan.Animation(from, to, step, window.Cumulative ? null : window.Days), format!.Value, fps ?? DefaultFramesPerSecond), problems);
    }

    private (SequenceRequest?, IReadOnlyList<FieldProblem>) ParseSmallMultiples(Func<string, string?> value, Func<string, string?> raw, DateOnly today, List<FieldProblem> problems)
    {
        if (value("format") is { } format && format is not ("png" or "pdf"))
        {
            problems.Add(new FieldProblem("format", $"a small-multiples page is png or pdf, not '{format}'"));
        }

        Forbid(value, "fps", "only an animation has a frame rate", problems);
        var dates = value("dates") is { } list ? ParseDates(list, problems) : null;
        var step = dates is null ? ParseStep(value("step"), allowMonth: true, problems) : null;
        if (dates is not null)
        {
            Forbid(value, "step", "give dates or step, not both", problems);
            Forbid(value, "from", "with dates, each map shows its own days; leave out from and to", problems);
            Forbid(value, "to", "with dates, each map shows its own days; leave out from and to", problems);
        }
        else
        {
            Forbid(value, "window", "only chosen dates (and animations) take a window; a step's maps each show their whole day, week or month", problems);
        }

        var window = ParseWindow(value("window"), allowCumulative: false, 1, problems);
        var template = ParseTemplate(name => name == "format" ? raw(name) ?? "png" : raw(name), today, problems);
        if (template is null || problems.Count > 0)
        {
            return (null, problems);
        }

        IReadOnlyList<FramePeriod> frames;
        if (dates is not null)
        {
            frames = FramePlan.Dates(dates, window.Days);
        }
        else if (RequireRange(template, problems) is var (from, to) && step is { } binStep)
        {
            var count = FramePlan.BinCount(from, to, binStep);
            if (count > MaxMaps)
            {
                return (null, [new FieldProblem("step", string.Create(CultureInfo.InvariantCulture, $"{IsoDate.Format(from)} to {IsoDate.Format(to)} by {Name(binStep)} is {count:N0} maps; one page holds at most {MaxMaps}: use a longer step or a shorter range"))]);
            }

            frames = FramePlan.Bins(from, to, binStep);
        }
        else
        {
            return (null, problems.Count > 0 ? problems : [new FieldProblem("step", "required with from and to (day, week or month), or give dates instead")]);
        }

        return (new SmallMultiplesRequest(template, frames), problems);
    }

    private ExportRequest? ParseTemplate(Func<string, string?> parameter, DateOnly today, List<FieldProblem> problems)
    {
        var (request, found) = maps.Parse(parameter, today);
        problems.AddRange(found);
        return request;
    }

    private static (DateOnly From, DateOnly To)? RequireRange(ExportRequest template, List<FieldProblem> problems)
    {
        if (template.Filter.From is { } from && template.Filter.To is { } to)
        {
            return (from, to);
        }

        problems.Add(new FieldProblem(template.Filter.From is null ? "from" : "to", "required: the sequence runs from 'from' to 'to' (YYYY-MM-DD)"));
        return null;
    }

    private static FrameStep? ParseStep(string? text, bool allowMonth, List<FieldProblem> problems)
    {
        var names = allowMonth ? "day, week or month" : "day or week";
        FrameStep? step = text switch
        {
            null => null,
            "day" => FrameStep.Day,
            "week" => FrameStep.Week,
            "month" when allowMonth => FrameStep.Month,
            _ => Problem<FrameStep>(problems, "step", $"unknown step '{text}'; use {names}"),
        };
        if (text is null && allowMonth)
        {
            problems.Add(new FieldProblem("step", $"required with from and to: {names} (or give dates instead)"));
        }

        return step;
    }

    private static (int Days, bool Cumulative) ParseWindow(string? text, bool allowCumulative, int defaultDays, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return (defaultDays, false);
        }

        if (allowCumulative && text == "cumulative")
        {
            return (0, true);
        }

        var advice = allowCumulative ? " (or cumulative)" : string.Empty;
        return (ParseWhole("window", text, 1, MaxWindowDays, "days" + advice, problems) ?? defaultDays, false);
    }

    private static List<DateOnly>? ParseDates(string list, List<FieldProblem> problems)
    {
        var dates = new List<DateOnly>();
        foreach (var text in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsoDate.TryParse(text, out var day))
            {
                problems.Add(new FieldProblem("dates", $"'{text}' is not a real date in the form YYYY-MM-DD"));
                return null;
            }

            dates.Add(day);
        }

        if (dates.Count is 0 or > MaxMaps)
        {
            problems.Add(new FieldProblem("dates", $"{dates.Count} dates; give 1 to {MaxMaps}, comma-separated"));
            return null;
        }

        return dates;
    }

    private static int? ParseWhole(string name, string text, int min, int max, string unit, List<FieldProblem> problems)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add(new FieldProblem(name, $"'{text}' is not a whole number from {min} to {max} {unit}"));
        return null;
    }

    private static void Forbid(Func<string, string?> value, string name, string reason, List<FieldProblem> problems)
    {
        if (value(name) is not null)
        {
            problems.Add(new FieldProblem(name, reason));
        }
    }

    private static T? Problem<T>(List<FieldProblem> problems, string field, string message)
        where T : struct
    {
        problems.Add(new FieldProblem(field, message));
        return null;
    }

    private static string Name(FrameStep step) => step.ToString().ToLowerInvariant();

    private static bool IsTrue(string? text) => string.Equals(text?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
