using BorderMap.Core.Areas;
using BorderMap.Core.Queries;
using BorderMap.Storage;

namespace BorderMap.App.Ogc;

/// <summary>
/// The collections <c>/api/ogc</c> serves, in the order clients list them. A new kind of feature
/// joins by adding its <see cref="OgcCollection"/> here; the
/// endpoints, links, queryables and OpenAPI definition follow from it.
/// </summary>
internal sealed class OgcCatalog(IReadOnlyList<OgcCollection> collections)
{
    public IReadOnlyList<OgcCollection> Collections { get; } = collections;

    public static OgcCatalog From(IServiceProvider services) => new(
    [
        new ClaimsCollection(services.GetRequiredService<IClaimStore>(), services.GetRequiredService<ClaimFilterParser>(), services.GetRequiredService<AreaCatalog>()),
        new EventsCollection(services.GetRequiredService<IClaimStore>()),
        new AreasCollection(services.GetRequiredService<AreaCatalog>()),
    ]);

    public OgcCollection? Find(string id) => Collections.FirstOrDefault(c => c.Id == id);
}
