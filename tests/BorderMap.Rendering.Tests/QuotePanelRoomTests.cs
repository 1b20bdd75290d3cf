using System.Text;
using System.Xml.Linq;
using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Core.Sources;
using BorderMap.Core.Tests;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// The quote panel keeps room under its entries for the events and sources of the claims it
/// lists, and only those: on a map of many claims from many sources, sources of claims the panel
/// has no room for must not push out entries that would fit.
/// </summary>
public sealed class QuotePanelRoomTests
{
    [Fact]
    public void What_the_panel_lists_does_not_depend_on_the_sources_of_the_claims_it_leaves_out()
    {
        // The repository's claims four times over, every copy from a source of its own: more claims
        // and more sources than an A4 panel at 72 dpi lists.
        var seed = RepositoryData.Data;
        var sourceOf = seed.Sources.ToDictionary(s => s.Id);
        List<Claim> claims = [.. Enumerable.Range(0, 4).SelectMany(n => seed.Claims.Select(c => c with { Id = $"{c.Id}-{n}", Data = c.Data with { Source = $"{c.Data.Source}-for-{c.Id}-{n}" } }))];
        List<Source> sources = [.. claims.Select(c => sourceOf[c.Data.Source[..c.Data.Source.IndexOf("-for-", StringComparison.Ordinal)]] is var s ? s with { Id = c.Data.Source, Title = $"{s.Title} (for {c.Id})" } : null!)];
        var manySources = PanelText(new BorderMapData(seed.Areas, sources, claims));
        var listedSources = sources.Where(s => manySources.Contains($"{s.Title}. {s.Publisher}", StringComparison.Ordinal)).Select(s => s.Id).ToHashSet();
        Assert.InRange(listedSources.Count, 2, sources.Count - 10);
        Assert.Contains("more claims are on the map without a number", manySources, StringComparison.Ordinal);

        // The claims the panel left out, now from the first listed claim's source: the panel is the same.
        var firstListed = claims.First(c => listedSources.Contains(c.Data.Source)).Data.Source;
        List<Claim> oneSourceForTheRest = [.. claims.Select(c => listedSources.Contains(c.Data.Source) ? c : c with { Data = c.Data with { Source = firstListed } })];
        Assert.Equal(manySources, PanelText(new BorderMapData(seed.Areas, sources, oneSourceForTheRest)));
    }

    private static string PanelText(BorderMapData data)
    {
        var request = Exports.Request(data, ("format", "svg"), ("paper", "A4-landscape"), ("dpi", "72"));
        var svg = XDocument.Parse(Encoding.UTF8.GetString(Exports.Render(data, new ClaimIndex(data.Claims, data.Areas), request)));
        // Wrapped lines joined by spaces: the words of a wrapped title read as one.
        return string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
    }
}
