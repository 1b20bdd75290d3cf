using BorderMap.Core.Claims;
using BorderMap.Storage;

namespace BorderMap.App.Api;

/// <summary>
/// The <c>exact</c> parameter of the facets, the histogram and the region panel: <c>exact=1</c>
/// (or <c>true</c>) asks for exact counts within the longer <c>--count-exact-budget</c>, as a user
/// does who sees "1,001+" and clicks it; absent, <c>0</c> or <c>false</c>, counts within <c>--count-budget</c>.
/// </summary>
internal static class CountParameter
{
    public const string Name = "exact";

    /// <summary>The count mode the request asks for; a value that is none of the above adds a problem naming the parameter.</summary>
    public static CountMode Read(HttpRequest request, List<FieldProblem> problems) =>
        QueryParameters.Value(request, Name) switch
        {
            null or "0" or "false" => CountMode.WithinBudget,
            "1" or "true" => CountMode.Exact,
            var other => Problem(other, problems),
        };

    private static CountMode Problem(string value, List<FieldProblem> problems)
    {
        problems.Add(new FieldProblem(Name, $"'{value}' is not 1 or 0 (true or false)"));
        return CountMode.WithinBudget;
    }
}
