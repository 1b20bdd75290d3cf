using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.App.Ogc;

/// <summary>
/// One collection that <c>/api/ogc</c> serves (claims, events, areas): what its
/// description says, which properties it can be filtered by, and its items, a page at a time. The
/// endpoints (<see cref="OgcEndpoints"/>) read the shared parameters, write the links and the
/// documents; a collection only answers queries.
/// </summary>
internal abstract class OgcCollection
{
    public abstract string Id { get; }

    public abstract string Title { get; }

    public abstract string Description { get; }

    /// <summary>The CRS84 box every item lies in.</summary>
    public abstract Envelope SpatialExtent { get; }

    /// <summary>The properties <c>items</c> takes as <c>name=value</c> filters (OGC API – Features Part 3 queryables).</summary>
    public abstract IReadOnlyList<OgcQueryable> Queryables { get; }

    /// <summary>The page of items after <see cref="OgcItemsQuery.Cursor"/>, or the problems of the query's own parameters (the cursor, a filter value).</summary>
    public abstract Task<(OgcPage? Page, IReadOnlyList<FieldProblem> Problems)> ItemsAsync(OgcItemsQuery query, CancellationToken cancel);

    /// <summary>One item as a GeoJSON Feature, or null when there is none with that id.</summary>
    public abstract Task<JsonObject?> ItemAsync(string featureId, CancellationToken cancel);
}

/// <summary>A property <c>items</c> filters on: its name, JSON Schema type, the values it takes (when closed) and what a value selects.</summary>
internal sealed record OgcQueryable(string Name, string Type, IReadOnlyList<string>? Values, string Description);

/// <summary>
/// What an <c>items</c> request asks for: the box and days (null: any), the queryable filters as
/// given (name to value, comma-separated values meaning any of them), the cursor and the page size.
/// </summary>
internal sealed record OgcItemsQuery(Envelope? BoundingBox, DateOnly? From, DateOnly? To, IReadOnlyDictionary<string, string> Properties, string? Cursor, int Limit);

/// <summary>One page: its features, the cursor of the next page (null on the last) and, when cheap to know, how many items match in all.</summary>
internal sealed record OgcPage(IEnumerable<JsonObject> Features, int Count, string? Next, long? NumberMatched);
