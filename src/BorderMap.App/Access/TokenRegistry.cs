using System.Security.Cryptography;

namespace BorderMap.App.Access;

/// <summary>
/// The tokens a running server accepts, read from the token file and read again when the file
/// changes (checked at most once a second), so adding or revoking a token needs no restart. A
/// change is told by the SHA-256 of the file's content, not by its size and modification time:
/// an edit that keeps both (same-length line, time restored or within the file system's
/// resolution) must not leave a revoked token working. The file is at most
/// <see cref="TokenFile.MaxBytes"/>, so reading it every second costs little. If an edit leaves
/// the file unusable, every request is refused until it is fixed: serving on with the old tokens
/// would keep a revoked token working.
/// </summary>
internal sealed class TokenRegistry
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly TimeProvider _clock;
    private State _state;

    /// <exception cref="TokenFileException">the file cannot be used now; the server should not start.</exception>
    public TokenRegistry(string path, TimeProvider clock)
    {
        Path = System.IO.Path.GetFullPath(path);
        _clock = clock;
        _state = Load(previous: null, throwOnError: true);
    }

    public string Path { get; }

    /// <summary>Whether the file has become unusable since the server started; while it is, <see cref="Find"/> knows no token.</summary>
    public bool Unusable => Current().Unusable;

    /// <summary>The caller a secret belongs to, or null for an unknown or revoked one.</summary>
    public Caller? Find(string secret, bool byCookie) => FindByHash(AccessToken.Hash(secret), byCookie);

    /// <summary>The caller whose token has the SHA-256 <paramref name="sha256"/>, or null once that token is revoked.</summary>
    public Caller? FindByHash(string sha256, bool byCookie) =>
        Current().ByHash.TryGetValue(sha256, out var token) ? new Caller(token.Name, token.Role, byCookie) : null;

    private State Current()
    {
        lock (_lock)
        {
            if (_clock.GetUtcNow() - _state.CheckedAt >= CheckInterval)
            {
                _state = Load(_state, throwOnError: false);
            }

            return _state;
        }
    }

    /// <summary>The file's tokens now; <paramref name="previous"/> again when the content has not changed, so an unchanged broken file is reported once.</summary>
    private State Load(State? previous, bool throwOnError)
    {
        var now = _clock.GetUtcNow();
        var fingerprint = string.Empty;
        try
        {
            var content = TokenFile.ReadContent(Path);
            fingerprint = Convert.ToHexString(SHA256.HashData(content));
            if (previous?.Fingerprint == fingerprint)
            {
                return previous with { CheckedAt = now };
            }

            var tokens = TokenFile.FromContent(Path, content);
            return new State(fingerprint, now, tokens.ToDictionary(t => t.Sha256, StringComparer.Ordinal), Unusable: false);
        }
        catch (TokenFileException e) when (!throwOnError)
        {
            fingerprint = fingerprint.Length > 0 ? fingerprint : "unreadable: " + e.Message;
            if (previous?.Fingerprint == fingerprint)
            {
                return previous with { CheckedAt = now };
            }

            Console.Error.WriteLine($"bordermap: refusing every request until the token file is fixed: {e.Message}");
            return new State(fingerprint, now, new Dictionary<string, AccessToken>(), Unusable: true);
        }
    }

    /// <summary><see cref="Fingerprint"/> is the SHA-256 of the content read, or the reason it could not be read.</summary>
    private sealed record State(string Fingerprint, DateTimeOffset CheckedAt, IReadOnlyDictionary<string, AccessToken> ByHash, bool Unusable);
}
