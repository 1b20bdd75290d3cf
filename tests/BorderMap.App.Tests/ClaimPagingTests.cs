using System.Text.Json;

namespace BorderMap.App.Tests;

/// <summary>No list endpoint is unbounded: <c>GET /api/claims</c> answers a page and the cursor of the next, over a store of more claims than a page.</summary>
public sealed class ClaimPagingTests(ClaimPagingTests.ManyClaimsServer server) : IClassFixture<ClaimPagingTests.ManyClaimsServer>
{
    private const int Imported = 600;

    private static int Total => StoreServer.Geodata.Claims.Count + Imported;

    [Theory]
    [InlineData("")]
    [InlineData("?fields=marker")]
    public async Task Without_a_limit_the_answer_is_the_default_page_and_a_cursor(string query)
    {
        var page = await server.Client.GetOk("/api/claims" + query);

        Assert.Equal(500, page.GetProperty("features").GetArrayLength());
        Assert.StartsWith("c", page.GetProperty("next").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(5000)]
    public async Task Walking_the_cursors_returns_every_claim_exactly_once(int limit)
    {
        var ids = new List<string>();
        var url = $"/api/claims?fields=marker&limit={limit}";
        JsonElement page;
        do
        {
            page = await server.Client.GetOk(url);
            var features = page.GetProperty("features").EnumerateArray().ToList();
            Assert.InRange(features.Count, 1, limit);
            ids.AddRange(features.Select(f => f.GetProperty("id").GetString()!));
            url = $"/api/claims?fields=marker&limit={limit}&cursor={page.GetProperty("next").GetString()}";
        }
        while (page.GetProperty("next").ValueKind == JsonValueKind.String);

        Assert.Equal(Total, ids.Count);
        Assert.Equal(Total, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_list_sorted_by_date_descending_pages_through_every_claim_once_newest_first()
    {
        var claims = new List<(string Id, string Date)>();
        var url = "/api/claims?sort=-date&limit=250";
        JsonElement page;
        do
        {
            page = await server.Client.GetOk(url);
            claims.AddRange(page.GetProperty("features").EnumerateArray().Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("properties").GetProperty("eventDate").GetString()!)));
            url = $"/api/claims?sort=-date&limit=250&cursor={Uri.EscapeDataString(page.GetProperty("next").GetString() ?? string.Empty)}";
        }
        while (page.GetProperty("next").ValueKind == JsonValueKind.String);

        Assert.Equal(Total, claims.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(claims.Select(c => c.Date).OrderDescending(StringComparer.Ordinal), claims.Select(c => c.Date));
    }

    [Fact]
    public async Task The_last_page_says_there_is_no_next()
    {
        var page = await server.Client.GetOk("/api/claims?category=statement&bbox=60,29,60.5,29.5");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
    }

    /// <summary>The app over a store of the seed claims and <see cref="Imported"/> more, imported by the command line before it starts.</summary>
    public sealed class ManyClaimsServer : StoreServer
    {
        public override async Task InitializeAsync()
        {
            var import = await AppProcess.RunToEnd("claims", "import", StoreCommandLineTests.ClaimsFile(Imported, "paged"), "--store", StorePath);
            Assert.True(import.ExitCode == 0, import.StdErr);
            await base.InitializeAsync();
        }
    }
}
