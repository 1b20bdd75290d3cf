namespace BorderMap.Storage.Tests;

/// <summary>
/// The PostGIS test classes share one server, except the store contract's reads and counts, which
/// have a server each (<see cref="PostGisQueryGroup"/>, <see cref="PostGisCountGroup"/>): xUnit runs
/// the classes of one collection one after another, and the contract's 316 PostGIS tests in one
/// collection were the Storage run's whole length (bench/RESULTS.md, Test suite, 2026-12-07).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostGisTestGroup : ICollectionFixture<PostGisServer>
{
    public const string Name = "PostGIS";
}

/// <summary>The store contract's reads on PostGIS, on a server of their own, beside <see cref="PostGisTestGroup"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostGisQueryGroup : ICollectionFixture<PostGisServer>
{
    public const string Name = "PostGIS reads";
}

/// <summary>The store contract's counts on PostGIS, on a server of their own, beside <see cref="PostGisTestGroup"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostGisCountGroup : ICollectionFixture<PostGisServer>
{
    public const string Name = "PostGIS counts";
}
