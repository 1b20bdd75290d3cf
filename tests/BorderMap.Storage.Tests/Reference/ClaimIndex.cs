using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BorderMap.Core;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace BorderMap.Storage.Tests.Reference;

/// <summary>
/// The tests' plain in-memory answer to <see cref="ClaimFilter"/> queries over a fixed set of claims,
/// against which the stores are checked; the app itself never holds every claim. Spatial criteria go
/// through an STR-packed R-tree of claim envelopes, so a bbox or region query touches only nearby
/// claims; dates are parsed once at construction. Which regions cover a geometry is worked out once per
/// geometry and catalog and shared by every index (<see cref="AreaCover"/>). Thread-safe for concurrent queries once built.
/// </summary>
public sealed class ClaimIndex
{
    private readonly IReadOnlyList<IndexedClaim> _claims;
    private readonly STRtree<IndexedClaim> _tree = new();
    private readonly AreaCatalog _areas;
    private readonly AreaCover _cover;

    public ClaimIndex(IReadOnlyList<Claim> claims, AreaCatalog areas)
    {
        _areas = areas;
        _cover = AreaCover.Of(areas);
        _claims = [.. claims.Select((c, order) => Indexed(c, order))];
        foreach (var claim in _claims)
        {
            _tree.Insert(claim.Claim.Geometry.EnvelopeInternal, claim);
        }

        _tree.Build();
    }

    /// <summary>The claims that meet every criterion of the filter, in their original order.</summary>
    public IReadOnlyList<Claim> Query(ClaimFilter filter)
    {
        var region = filter.Region is null ? null : _areas.Find(filter.Region);
        IEnumerable<IndexedClaim> candidates = filter.BoundingBox is null ? _claims : _tree.Query(filter.BoundingBox);
        return [.. candidates
            .Where(c => Matches(c, filter, region))
            .OrderBy(c => c.Order)
            .Select(c => c.Claim)];
    }

    private bool Matches(IndexedClaim indexed, ClaimFilter filter, Area? region)
    {
        var data = indexed.Claim.Data;
        if ((filter.From is { } from && indexed.End < from) || (filter.To is { } to && indexed.Start > to))
        {
            return false;
        }

        if ((filter.Categories is { } categories && !categories.Contains(data.Category))
            || (filter.Statuses is { } statuses && !statuses.Contains(data.Status))
            || (filter.GeoPrecisions is { } precisions && !precisions.Contains(data.GeoPrecision))
            || (filter.Actors is { } actors && !data.Actors.Any(actors.Contains)))
        {
            return false;
        }

        if (filter.BoundingBox is { } box && !indexed.Claim.Geometry.Intersects(indexed.Claim.Geometry.Factory.ToGeometry(box)))
        {
            return false;
        }

        return region is null || IsIn(indexed.Claim, region);
    }

    /// <summary>A claim is in a region if it names or references the region, or is placed inside it.</summary>
    public bool IsIn(Claim claim, Area region)
    {
        if (claim.Data.Areas.Contains(region.Id, StringComparer.Ordinal) || claim.Data.Refs.Any(r => References(r, region.Id)))
        {
            return true;
        }

        return _cover.Covering(claim.Geometry).Contains(region.Id);
    }

    /// <summary>Whether a geometry reference (<c>region:ID</c>, or <c>border:A/B</c> with the area on either side) names the area.</summary>
    public static bool References(string reference, string areaId) =>
        GeometryRef.TryParse(reference, out var parsed) && parsed switch
        {
            RegionRef r => r.AreaId == areaId,
            BorderRef b => b.AreaA == areaId || b.AreaB == areaId,
            _ => false,
        };

    /// <summary>A claim with its period, as the stores match dates: its stated dates widened by their precision.</summary>
    private static IndexedClaim Indexed(Claim claim, int order)
    {
        var (first, last) = ClaimPeriod.Of(claim.Data);
        return new IndexedClaim(claim, order, first, last);
    }

    private sealed record IndexedClaim(Claim Claim, int Order, DateOnly Start, DateOnly End);

    /// <summary>
    /// The areas of a catalog whose geometry covers a geometry, tested with prepared geometries (thread-safe and
    /// immutable) and remembered by the geometry's WKB for the test run. A test checks a store against a new
    /// index after each of its writes, over mostly the same claims, and counting every claim's areas for the
    /// facets was most of what such a test cost; the answer for a geometry never changes, so it is worked out once.
    /// </summary>
    private sealed class AreaCover(AreaCatalog areas)
    {
        private static readonly ConditionalWeakTable<AreaCatalog, AreaCover> OfCatalog = new();

        private readonly Lazy<(string Id, IPreparedGeometry Geometry)[]> _prepared =
            new(() => [.. areas.All.Select(area => (area.Id, PreparedGeometryFactory.Prepare(area.Geometry)))]);

        private readonly ConcurrentDictionary<string, HashSet<string>> _covering = new(StringComparer.Ordinal);

        public static AreaCover Of(AreaCatalog areas) => OfCatalog.GetValue(areas, catalog => new AreaCover(catalog));

        public HashSet<string> Covering(Geometry geometry) =>
            _covering.GetOrAdd(Convert.ToHexString(geometry.AsBinary()), _ => [.. _prepared.Value.Where(area => area.Geometry.Covers(geometry)).Select(area => area.Id)]);
    }
}
