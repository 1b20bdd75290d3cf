using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// The aggregates the filter panel, the legend, the histogram and the choropleth show, counted by
/// the store for the same filter parameters as <c>GET /api/claims</c>, so no client needs every claim:
/// <list type="bullet">
/// <item><c>GET /api/claims/facets</c>: the total and the counts by category, status, precision, actor (the most named) and region (<see cref="ClaimFacets"/>);</item>
/// <item><c>GET /api/claims/histogram?bin=day|week|month</c>: the non-empty bins by event date, oldest first; weeks start on Monday.</item>
/// <item>both say <c>atLeast</c> when more than <see cref="ClaimFacets.CountCap"/> claims match a filter the pre-counted tables cannot answer and counting them all ran past <see cref="ClaimFacets.CountBudget"/> (or would): the counts are then lower bounds;</item>
/// <item>both take <c>exact=1</c> (<see cref="CountParameter"/>): count exactly within <see cref="ClaimFacets.CountExactBudget"/>, still <c>atLeast</c> when even that runs out.</item>
/// </list>
/// </summary>
internal static class ClaimSummaryEndpoints
{
    /// <summary>The answer of the histogram: the bin width asked for, its bins, and whether they are lower bounds (<see cref="DateHistogram.AtLeast"/>).</summary>
    public sealed record Histogram(string Bin, IReadOnlyList<DateBin> Bins, bool AtLeast);

    public static void MapClaimSummaryEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/claims/facets", async Task<Results<Ok<ClaimFacets>, ValidationProblem>> (HttpRequest request, ClaimFilterParser parser, IClaimStore store, CancellationToken cancel) =>
        {
            var (filter, problems) = QueryParameters.ReadFilter(request, parser, CountParameter.Name);
            var mode = CountParameter.Read(request, problems);
            return filter is null || problems.Count > 0 ? Problems.Invalid(problems) : TypedResults.Ok(await store.FacetsAsync(filter, mode, cancel));
        });

        routes.MapGet("/api/claims/histogram", async Task<Results<Ok<Histogram>, ValidationProblem>> (HttpRequest request, ClaimFilterParser parser, IClaimStore store, CancellationToken cancel) =>
        {
            var (filter, problems) = QueryParameters.ReadFilter(request, parser, "bin", CountParameter.Name);
            var mode = CountParameter.Read(request, problems);
            var binText = QueryParameters.Value(request, "bin");
            var size = DateBins.Parse(binText);
            if (size is null)
            {
                problems.Add(new FieldProblem("bin", binText is null ? "required; use day, week or month" : $"'{binText}' is not day, week or month"));
            }

            if (filter is null || size is null || problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            var histogram = await store.HistogramAsync(filter, size.Value, mode, cancel);
            return histogram.Bins.Count > DateBins.MaxBins
                ? Problems.Invalid([new FieldProblem("bin", TooMany(histogram.Bins.Count, size.Value))])
                : TypedResults.Ok(new Histogram(binText!, histogram.Bins, histogram.AtLeast));
        });
    }

    private static string TooMany(int count, DateBinSize size) =>
        string.Create(CultureInfo.InvariantCulture, $"the claims span {count:N0} {BinName(size)} bins, more than {DateBins.MaxBins:N0}: ") +
        (size == DateBinSize.Month ? "narrow the dates with from and to" : $"use a wider bin ({(size == DateBinSize.Day ? "week or month" : "month")}) or narrow the dates");

    private static string BinName(DateBinSize size) => size.ToString().ToLowerInvariant();
}
