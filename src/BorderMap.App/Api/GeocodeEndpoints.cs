using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Extraction;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Geodata;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;

namespace BorderMap.App.Api;

internal static class GeocodeEndpoints
{
    /// <summary>The largest text <c>POST /api/extract</c> takes, in characters (a long article is about 50,000).</summary>
    public const int MaxTextLength = 1_000_000;

    public sealed record ExtractRequest(string? SourceId, string? Text, string? Lang);

    public sealed record ExtractResponse(string? SourceId, string? Language, IReadOnlyList<ProposalView> Proposals);

    /// <summary>A proposal and its draft: a GeoJSON feature that <c>POST /api/claims</c> takes once the researcher has filled in what is missing.</summary>
    public sealed record ProposalView(ClaimProposal Proposal, DraftFeature Draft);

    public sealed record DraftFeature(string Type, Geometry? Geometry, ClaimData Properties);

    /// <summary>
    /// Registers the geocoder (the one <paramref name="building"/> builds, else built from the shipped geodata when first asked for), the
    /// claim proposer and what it needs as singletons: all are immutable and thread-safe. A server built for a test leaves the build to
    /// the first request that needs it, rather than spend the CPU on a geocoder most tests never ask for. <c>bordermap serve</c> awaits
    /// the build before its URL, so only a request that comes before the URL can wait here for the build to end.
    /// </summary>
    public static IServiceCollection AddGeocoding(this IServiceCollection services, Task<Geocoder?>? building = null) => services
        .AddSingleton(_ => building?.GetAwaiter().GetResult() ?? BuildGeocoder())
        .AddSingleton(s => new MentionFinder(s.GetRequiredService<Geocoder>()))
        .AddSingleton(s => new ClaimProposer(s.GetRequiredService<MentionFinder>(), s.GetRequiredService<AreaCatalog>()));

    /// <summary>
    /// Starts building the geocoder on a thread of its own, for <c>bordermap serve</c> to build it while the store opens and the
    /// start-up warm-up runs (which does not geocode), and to await it before its URL is printed. Built after the URL, in the background, it took about 0.5 s of CPU from a fresh
    /// server's first requests, on the two cores they and PostgreSQL need (bench/RESULTS.md, Scale, fresh30); built on first use,
    /// it made the first <c>GET /api/search</c> wait 0.8–1.2 s (2026-12-04 19:55 UTC). Null when the shipped geodata cannot be
    /// read: then the server reads it when first asked, and the request that asks reports what is wrong.
    /// </summary>
    public static Task<Geocoder?> StartBuildingGeocoder() => Task.Run<Geocoder?>(() =>
    {
        try
        {
            var geocoder = BuildGeocoder();
            StartupPhases.Ended("geocoder built");
            return geocoder;
        }
        catch (Exception e) when (e is GeodataException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    });

    private static Geocoder BuildGeocoder() => new(GazetteerReader.Load(Path.Combine(AppContext.BaseDirectory, "geodata")));

    /// <summary>
    /// <c>GET /api/geocode?q=&amp;limit=&amp;context=</c>: ranked places for a name in any spelling or script
    /// (<c>context</c>: comma-separated ids of areas the text is about). <c>POST /api/extract</c>: claim
    /// proposals for a registered source (<c>{sourceId}</c>) or a pasted text (<c>{text, lang}</c>).
    /// </summary>
    public static void MapGeocodeEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/geocode", Results<Ok<IReadOnlyList<GeocodeCandidate>>, ValidationProblem> (string? q, int? limit, string? context, Geocoder geocoder) =>
        {
            var problems = new List<FieldProblem>();
            if (string.IsNullOrWhiteSpace(q) || q.Length > 200)
            {
                problems.Add(new FieldProblem("q", "give a place name of 1 to 200 characters"));
            }

            if (limit is < 1 or > 50)
            {
                problems.Add(new FieldProblem("limit", "must be from 1 to 50"));
            }

            if (problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            var ids = (context ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            return TypedResults.Ok(geocoder.Geocode(q!, new GeocodeContext(ids, [], null), limit ?? 10));
        });

        routes.MapPost("/api/extract", async Task<Results<Ok<ExtractResponse>, ValidationProblem, ProblemHttpResult>> (ExtractRequest request, IClaimStore store, ClaimProposer proposer, CancellationToken cancel) =>
        {
            if ((request.SourceId is null) == (request.Text is null))
            {
                return Problems.Invalid([new FieldProblem("sourceId", "give either sourceId (a registered source) or text, not both and not neither")]);
            }

            if (request.Text is { Length: > MaxTextLength })
            {
                return Problems.Invalid([new FieldProblem("text", $"is {request.Text.Length:N0} characters; the limit is {MaxTextLength:N0}")]);
            }

            if (request.SourceId is { } id)
            {
                if (await store.FindSourceAsync(id, cancel) is not { } source)
                {
                    return Problems.NotFound("source", id);
                }

                var language = request.Lang ?? source.Language;
                return TypedResults.Ok(new ExtractResponse(id, language, Views(proposer.Propose(source.Text, language, id), source.PublishedDate, "day")));
            }

            return TypedResults.Ok(new ExtractResponse(null, request.Lang, Views(proposer.Propose(request.Text!, request.Lang), "", "day")));
        });
    }

    private static List<ProposalView> Views(IReadOnlyList<ClaimProposal> proposals, string date, string timePrecision) =>
        [.. proposals.Select(p => new ProposalView(p, new DraftFeature("Feature", p.Geometry, ClaimDrafts.From(p, date, timePrecision))))];
}
