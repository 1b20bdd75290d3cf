using BorderMap.Core.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>RFC 9457 problem responses shared by every endpoint.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}", detail: $"There is no {what} with the id '{id}'.");

    /// <summary>400 naming each bad parameter or field in <c>errors</c> and in the detail line.</summary>
    public static ValidationProblem Invalid(IReadOnlyList<FieldProblem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            detail: string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")),
            title: "Invalid request");
}
