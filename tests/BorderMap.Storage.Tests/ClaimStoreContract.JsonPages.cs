using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.JsonPageAsync"/> on every backend: the same pages and cursors as
/// <see cref="IClaimStore.PageAsync(ClaimFilter, ClaimSort, ClaimCursor?, int, CancellationToken)"/>,
/// each claim's stored JSON holding exactly the members of <see cref="ClaimData"/> in their order,
/// and decoding to the claim that page holds.
/// </summary>
public abstract partial class ClaimStoreContract
{
    [Theory]
    [InlineData("", "", 7)]
    [InlineData("bbox=69,36,72,38&from=2021-06-01", "", 500)]
    [InlineData("region=AF-BDS", "-date", 5)]
    [InlineData("", "title", 11)]
    public async Task A_page_as_stored_JSON_is_the_page_of_claims_member_for_member(string query, string sortText, int limit)
    {
        await ImportQueryClaimSetAsync();
        var filter = Parse(query);
        var sort = sortText.Length == 0 ? ClaimSort.Created : ClaimSort.TryParse(sortText, out var parsed) ? parsed : throw new ArgumentException(sortText, nameof(sortText));
        var members = typeof(ClaimData).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();

        ClaimCursor? after = null;
        do
        {
            var claims = await Store.PageAsync(filter, sort, after, limit);
            var stored = await Store.JsonPageAsync(filter, sort, after, limit);

            Assert.Equal(claims.Next?.ToString(), stored.Next?.ToString());
            Assert.Equal(claims.Claims.Select(c => c.Id), stored.Claims.Select(c => c.Id));
            foreach (var (claim, json) in claims.Claims.Zip(stored.Claims))
            {
                using var document = JsonDocument.Parse(json.Data);
                Assert.Equal(members, document.RootElement.EnumerateObject().Select(m => m.Name));
                Assert.Equal(JsonSerializer.Serialize(claim.Data), JsonSerializer.Serialize(json.ToClaim().Data));
                Assert.True(claim.Geometry.EqualsExact(json.Geometry) && claim.Anchor.EqualsExact(json.Anchor), claim.Id);
            }

            after = claims.Next;
        }
        while (after is not null);
    }
}
