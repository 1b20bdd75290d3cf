using System.Net.Http.Headers;
using BorderMap.App.Access;

namespace BorderMap.App.Tests.Access;

/// <summary>
/// The app served to token holders only, as <c>serve --token-file</c> does: a token file of its own
/// with one reader and one editor, over a store of its own.
/// </summary>
public class SharedServer : StoreServer
{
    public const string ReaderName = "Rustam Nazarov";
    public const string EditorName = "Zarina Qodirova";

    public string TokenFilePath { get; } = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".tokens");

    public string ReaderToken { get; } = AccessToken.NewSecret();

    public string EditorToken { get; } = AccessToken.NewSecret();

    /// <summary>A client of its own that sends <paramref name="token"/> as a bearer token, or no token when it is null.</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = new HttpClient { BaseAddress = Url };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Rewrites the token file with these holders (the server rereads it within a second).</summary>
    internal void WriteTokens(params (AccessRole Role, string Name, string Secret)[] holders) =>
        TokenFile.Write(TokenFilePath, holders.Select(h => new AccessToken(h.Role, h.Name, AccessToken.Hash(h.Secret))));

    internal void WriteBothTokens() => WriteTokens((AccessRole.Reader, ReaderName, ReaderToken), (AccessRole.Editor, EditorName, EditorToken));

    private protected override ServerOptions Options()
    {
        WriteBothTokens();
        return new ServerOptions { Tokens = new TokenRegistry(TokenFilePath, TimeProvider.System) };
    }
}

/// <summary>A <see cref="SharedServer"/> with tight limits: 3 changes a minute per editor and 2 KiB bodies.</summary>
public sealed class LimitedServer : SharedServer
{
    private protected override ServerOptions Options() => base.Options() with { WritesPerMinute = 3, MaxBodyBytes = 2048 };
}
