using BorderMap.App.Access;
using BorderMap.Core.Sources;
using BorderMap.Storage;
using BorderMap.Storage.Interchange;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class SourceWriteEndpoints
{
    /// <summary>
    /// <c>POST /api/sources</c> registers a source text (see <see cref="SourceDraftReader"/> for the
    /// fields). The text is stored with its SHA-256 and never changes; a correction is posted as a
    /// new source with <c>supersedes</c> naming the old one, and every quote of the old one is
    /// re-anchored (see <see cref="SourceVersionEndpoints"/>).
    /// </summary>
    public static void MapSourceWriteEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/sources", async Task<Results<Created<Source>, ValidationProblem>> (HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (document, malformed) = await JsonInput.ParseAsync(request.Body, "body", cancel);
            if (document is null)
            {
                return Problems.Invalid([malformed!]);
            }

            using (document)
            {
                var (draft, problems) = SourceDraftReader.Read(document.RootElement);
                if (draft is null)
                {
                    return Problems.Invalid(problems);
                }

                try
                {
                    var source = await store.RegisterSourceAsync(draft, request.HttpContext.Caller().Name, cancel);
                    return TypedResults.Created($"/api/sources/{source.Id}", source);
                }
                catch (StoreValidationException e)
                {
                    return Problems.Invalid(e.Problems);
                }
            }
        });
}
