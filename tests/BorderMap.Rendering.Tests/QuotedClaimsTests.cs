using BorderMap.Core.Claims;
using BorderMap.Core.Tests;
using BorderMap.Rendering.Export;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// A map laid out from its claims' marks names the claims its quote panel may list, and drawn with
/// only those claims whole it is the same file as drawn with every claim whole: on pages whose
/// panel is too short for all of them, so the claims left out are ones the panel had no room for.
/// </summary>
public sealed class QuotedClaimsTests
{
    [Theory]
    [InlineData("png", "A4-landscape")]
    [InlineData("svg", "A4-portrait")]
    [InlineData("svg", "A3-landscape")]
    public void A_map_drawn_with_only_the_quoted_claims_whole_is_the_file_drawn_with_every_claim(string format, string paper)
    {
        var data = RepositoryData.Data;
        var request = Exports.Request(data, ("format", format), ("paper", paper), ("dpi", "72"), ("selected", "afghan-soldiers-cross-into-tajikistan"));
        // The repository's claims four times over (the copies under other ids): more than any of these panels lists.
        IReadOnlyList<Claim> claims = [.. data.Claims, .. Enumerable.Range(1, 3).SelectMany(n => data.Claims.Select(c => c with { Id = $"{c.Id}-copy-{n}" }))];
        var exporter = new MapExporter(data.Areas, TownCatalogTests.Shared.Value, data.Sources);

        using var whole = new MemoryStream();
        exporter.Export(request, claims, whole);
        using var fromMarks = new MemoryStream();
        using (var plan = exporter.Plan(request, [.. claims.Select(ClaimMark.Of)]))
        {
            Assert.InRange(plan.QuotedClaimIds.Count, 1, claims.Count - 10);
            Assert.Equal("afghan-soldiers-cross-into-tajikistan", plan.QuotedClaimIds[0]);
            plan.Export(claims.Where(c => plan.QuotedClaimIds.Contains(c.Id)).ToDictionary(c => c.Id, StringComparer.Ordinal), fromMarks);
        }

        Assert.Equal(whole.ToArray(), fromMarks.ToArray());
    }
}
