namespace BorderMap.Storage.Tests;

/// <summary>The PostGIS test classes share one server.</summary>
[CollectionDefinition(Name)]
public sealed class PostGisTestGroup : ICollectionFixture<PostGisServer>
{
    public const string Name = "PostGIS";
}
