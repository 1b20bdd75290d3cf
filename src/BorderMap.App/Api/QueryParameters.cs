using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.App.Api;

/// <summary>
/// Reading the claim filter from a request's query, as every endpoint that follows the filters
/// does, and refusing parameters the endpoint does not know, so a misspelt filter is a 400 naming
/// it rather than silently ignored.
/// </summary>
internal static class QueryParameters
{
    /// <summary>
    /// The filter (null when any filter parameter is bad) and the problems found so far: every
    /// unknown parameter and every bad filter value. <paramref name="own"/> are the endpoint's own parameters.
    /// </summary>
    public static (ClaimFilter? Filter, List<FieldProblem> Problems) ReadFilter(HttpRequest request, ClaimFilterParser parser, params string[] own)
    {
        string[] known = [.. ClaimFilterParser.ParameterNames, .. own];
        var problems = Unknown(request, known);
        var (filter, filterProblems) = parser.Parse(name => request.Query[name].LastOrDefault());
        problems.AddRange(filterProblems);
        return (filter, problems);
    }

    /// <summary>A problem for each parameter of the request that is not one of <paramref name="known"/>.</summary>
    public static List<FieldProblem> Unknown(HttpRequest request, IReadOnlyList<string> known) =>
        [.. request.Query.Keys.Except(known, StringComparer.Ordinal).Select(k => new FieldProblem(k, $"unknown parameter; use {string.Join(", ", known)}"))];

    public static string? Value(HttpRequest request, string name) => request.Query[name].LastOrDefault();

    /// <summary>The page size <c>limit</c>: <paramref name="fallback"/> when absent, else a whole number from 1 to <paramref name="max"/>, or a problem naming it.</summary>
    public static int Limit(HttpRequest request, int fallback, int max, List<FieldProblem> problems)
    {
        if (Value(request, "limit") is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max)
        {
            return limit;
        }

        problems.Add(new FieldProblem("limit", $"'{text}' is not a whole number from 1 to {max}"));
        return fallback;
    }
}
