using System.Security.Cryptography;
using System.Text;

namespace BorderMap.App.Tests.Hardening.BadInput;

/// <summary>
/// Every bad HTTP input of <see cref="HttpBadInputCases"/> gets its exact status and a problem+json
/// naming the field, and leaves the store as it was: the claims and sources the API lists are
/// byte for byte the same afterwards. One server serves the whole table.
/// </summary>
public sealed class HttpBadInputTests(BadInputServer server) : IClassFixture<BadInputServer>
{
    public static TheoryData<BadRequest> Cases => [.. HttpBadInputCases.All()];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_with_the_field_named_and_the_store_unchanged(BadRequest bad)
    {
        var before = await Fingerprint();

        await bad.AssertAnsweredBy(server.Client, await CurrentETag());

        Assert.Equal(before, await Fingerprint());
    }

    [Fact]
    public void The_table_covers_well_over_150_cases() => Assert.True(Cases.Count >= 150, $"{Cases.Count} cases");

    [Fact]
    public async Task Tab_and_newline_are_accepted_in_text()
    {
        using var response = await server.Client.PostAsync(
            new Uri("/api/claims", UriKind.Relative),
            new StringContent(ClaimBodies.Valid("tab-and-newline", p => p["note"] = "line one\n\tline two").ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("line one\\n\\tline two", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string?> CurrentETag()
    {
        using var response = await server.Client.GetAsync(new Uri($"/api/claims/{HttpBadInputCases.ExistingClaim}", UriKind.Relative));
        return response.Headers.ETag?.ToString();
    }

    private async Task<string> Fingerprint()
    {
        var claims = await server.Client.GetByteArrayAsync(new Uri("/api/claims?limit=5000", UriKind.Relative));
        var sources = await server.Client.GetByteArrayAsync(new Uri("/api/sources", UriKind.Relative));
        return Convert.ToHexString(SHA256.HashData([.. claims, .. sources]));
    }
}
