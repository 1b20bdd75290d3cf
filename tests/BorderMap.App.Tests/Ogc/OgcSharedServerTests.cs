using BorderMap.App.Tests.Access;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests.Ogc;

/// <summary>A shared server's OGC API follows its token rules for a real client: GDAL gets in with a reader's token and not without one.</summary>
public sealed class OgcSharedServerTests(SharedServer server) : IClassFixture<SharedServer>
{
    private string Root => new Uri(server.Url, "/api/ogc").ToString();

    [Fact]
    public async Task Gdal_reads_the_claims_with_a_readers_token()
    {
        var (exitCode, stdout, stderr) = await ExternalTool.Run(
            "ogrinfo", "--config", "GDAL_HTTP_HEADERS", $"Authorization: Bearer {server.ReaderToken}", "-ro", "-so", "OAPIF:" + Root, "claims");

        using var reader = server.ClientWith(server.ReaderToken);
        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"Feature Count: {(await reader.ClaimIds("?limit=5000")).Length}\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gdal_without_a_token_is_refused()
    {
        var (exitCode, stdout, _) = await ExternalTool.Run("ogrinfo", "-ro", "-so", "OAPIF:" + Root, "claims");

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("Feature Count", stdout, StringComparison.Ordinal);
    }
}
