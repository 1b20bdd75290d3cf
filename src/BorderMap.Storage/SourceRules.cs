using System.Globalization;
using System.Text.RegularExpressions;
using BorderMap.Core;
using BorderMap.Core.Claims;

namespace BorderMap.Storage;

/// <summary>What a source needs before it is registered, and the id it gets.</summary>
public static partial class SourceRules
{
    public static IReadOnlyList<FieldProblem> Check(SourceDraft draft, Func<string, bool> sourceExists)
    {
        var problems = new List<FieldProblem>();
        void Require(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new FieldProblem(field, "is required"));
            }
        }

        Require("title", draft.Title);
        Require("publisher", draft.Publisher);
        Require("language", draft.Language);
        Require("text", draft.Text);
        void Text(string field, string? value, int maxLength) => TextRules.Check(value, field, maxLength, (f, m) => problems.Add(new FieldProblem(f, m)));
        Text("title", draft.Title, ClaimLimits.ShortText);
        Text("publisher", draft.Publisher, ClaimLimits.ShortText);
        Text("language", draft.Language, ClaimLimits.ShortText);
        Text("translatedFrom", draft.TranslatedFrom, ClaimLimits.ShortText);
        Text("text", draft.Text, ClaimLimits.SourceText);
        TextRules.CheckList(draft.Notes, "notes", ClaimLimits.SourceNotes, ClaimLimits.LongText, (f, m) => problems.Add(new FieldProblem(f, m)));
        if (!IsoDate.TryParse(draft.PublishedDate, out _))
        {
            problems.Add(new FieldProblem("publishedDate", $"'{draft.PublishedDate}' is not a real date in the form YYYY-MM-DD"));
        }

        if (draft.Url is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            problems.Add(new FieldProblem("url", $"'{url}' is not an absolute http or https URL"));
        }

        if (draft.Reliability is { } grade && !Core.Sources.SourceReliability.Grades.ContainsKey(grade))
        {
            problems.Add(new FieldProblem("reliability", $"'{grade}' is not a source reliability; use one of A, B, C, D, E, F"));
        }

        if (draft.Supersedes is { } previous && !sourceExists(previous))
        {
            problems.Add(new FieldProblem("supersedes", $"no registered source has the id '{previous}'"));
        }

        return problems;
    }

    /// <summary><c>title-slug-YYYY-MM-DD</c> for a new source; <c>base-vN</c> (N ≥ 2) for a correction of <c>base</c> or of <c>base-vM</c>.</summary>
    public static string DeriveId(SourceDraft draft, Func<string, bool> isTaken)
    {
        if (draft.Supersedes is { } previous)
        {
            var stem = VersionSuffix().Replace(previous, string.Empty);
            return Enumerable.Range(2, int.MaxValue - 2).Select(n => string.Create(CultureInfo.InvariantCulture, $"{stem}-v{n}")).First(id => !isTaken(id));
        }

        return Slug.Unique($"{Slug.From(draft.Title, 60, "source")}-{draft.PublishedDate}", isTaken);
    }

    [GeneratedRegex("-v[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();
}
