using BorderMap.App.Exporting;
using BorderMap.Core.Claims;
using BorderMap.Rendering.Export;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// The steps every server export takes between parsing and drawing, in this order: refuse a bad
/// request (400 naming each parameter), then take an export slot (503 when all are busy), then read
/// the claims (400 when too many match). The order matters: a bad request must not hold a slot, and
/// the store is read only once a slot bounds how many exports read and draw at once. A map and an
/// animation differ only in how they parse and draw, so both pass through this one path.
/// </summary>
internal static class ExportAdmission
{
    /// <param name="readClaims">reads the request's claims (whole, or their marks) from the store; null when too many match.</param>
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> DrawAsync<TRequest, TClaim>(
        HttpRequest http,
        IClaimStore store,
        ExportSlots slots,
        (TRequest? Request, IReadOnlyList<FieldProblem> Problems) parsed,
        Func<TRequest, Task<IReadOnlyList<TClaim>?>> readClaims,
        Func<TRequest, IReadOnlyList<TClaim>, Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>>> draw,
        CancellationToken cancel)
        where TRequest : class
        where TClaim : class
    {
        if (parsed.Request is not { } request || parsed.Problems.Count > 0)
        {
            return Problems.Invalid(parsed.Problems);
        }

        using var slot = slots.TryTake();
        if (slot is null)
        {
            return slots.Busy(http.HttpContext.Response);
        }

        if (await readClaims(request) is not { } claims)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Too many claims to draw", detail: StoreExport.TooManyClaims);
        }

        return await draw(request, claims);
    }
}
