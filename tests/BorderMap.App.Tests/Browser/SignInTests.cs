using BorderMap.App.Access;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>A map served with <c>--token-file</c>: a reader and an editor token in a file of its own.</summary>
public sealed class SharedMapSession : EditorSession
{
    public string ReaderToken { get; } = AccessToken.NewSecret();

    public string EditorToken { get; } = AccessToken.NewSecret();

    protected override async Task<string[]> ServeArgumentsAsync()
    {
        var tokenFile = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".tokens");
        TokenFile.Write(tokenFile, [
            new AccessToken(AccessRole.Reader, "Rustam Nazarov", AccessToken.Hash(ReaderToken)),
            new AccessToken(AccessRole.Editor, "Zarina Qodirova", AccessToken.Hash(EditorToken)),
        ]);
        return [.. await base.ServeArgumentsAsync(), "--token-file", tokenFile];
    }
}

/// <summary>Signing in to a shared map in a real Chromium: the sign-in page, a reader's map without editing, an editor's, signing out.</summary>
public class SignInTests(SharedMapSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<SharedMapSession>
{
    protected override BrowserSession Session => session;

    private const string ClaimId = "rahmon-mobilises-20000-reservists";

    private static async Task SignInAsync(IPage page, string token)
    {
        await page.GetByTestId("sign-in-token").FillAsync(token);
        await page.GetByTestId("sign-in-submit").ClickAsync();
    }

    private static async Task MapReadyAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        await Assertions.Expect(page.GetByTestId("sign-in")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_with_the_servers_reason_and_the_map_stays_hidden()
    {
        var page = await session.OpenPageAsync();
        await Assertions.Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();

        await SignInAsync(page, "bm_not-a-real-token");

        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("not known here");
        Assert.Equal(0, await page.GetByTestId("claim-row-" + ClaimId).CountAsync());
    }

    [Fact]
    public async Task A_reader_sees_the_map_and_the_claims_but_no_way_to_change_them()
    {
        var page = await session.OpenPageAsync();
        await SignInAsync(page, session.ReaderToken);
        await MapReadyAsync(page);

        await Assertions.Expect(page.GetByTestId("session-name")).ToHaveTextAsync("Rustam Nazarov");
        await Assertions.Expect(page.GetByTestId("session-role")).ToHaveTextAsync("read-only");
        await Assertions.Expect(page.GetByTestId("add-claim-button")).ToBeHiddenAsync();
        await page.GetByTestId("claim-row-" + ClaimId).ClickAsync();
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{ClaimId}']").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("claim-history-button")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByTestId("claim-edit").CountAsync());
        Assert.Equal(0, await page.GetByTestId("claim-delete").CountAsync());
    }

    [Fact]
    public async Task An_editor_can_edit_and_signing_out_returns_to_the_sign_in_page()
    {
        var page = await session.OpenPageAsync();
        await SignInAsync(page, session.EditorToken);
        await MapReadyAsync(page);

        await Assertions.Expect(page.GetByTestId("session-role")).ToHaveTextAsync("editor");
        await Assertions.Expect(page.GetByTestId("add-claim-button")).ToBeEnabledAsync();
        await page.GetByTestId("claim-row-" + ClaimId).ClickAsync();
        await Assertions.Expect(page.GetByTestId("claim-edit")).ToBeVisibleAsync();

        await page.GetByTestId("sign-out").ClickAsync();

        await Assertions.Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();
        var status = await page.EvaluateAsync<int>("async () => (await fetch('api/session')).status");
        Assert.Equal(401, status);
    }
}
