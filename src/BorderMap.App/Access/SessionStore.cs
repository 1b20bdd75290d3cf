using System.Security.Cryptography;
using System.Text;

namespace BorderMap.App.Access;

/// <summary>
/// The web map's sign-in sessions, in memory. Signing in with a token starts a session whose
/// random id, not the token, goes into the cookie: a cookie that leaks (a shared profile, a
/// backup) gives access only until the session ends, never the token itself. A session holds the
/// SHA-256 of its token and is checked against the token file on every request, so revoking a
/// token ends its sessions at once. Sessions end on sign-out, after <see cref="Lifetime"/>, and
/// when the server stops. The count is bounded, so sign-ins cannot grow memory without limit:
/// one token keeps at most <see cref="MaxPerToken"/> (its oldest ends first), and all together at
/// most <see cref="MaxSessions"/>. Thread-safe.
/// </summary>
internal sealed class SessionStore(TimeProvider clock)
{
    public const int MaxSessions = 10_000;
    public const int MaxPerToken = 32;

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly Lock _lock = new();

    // Keyed by the SHA-256 of the id, so nothing in memory is a usable cookie.
    private readonly Dictionary<string, Session> _byIdHash = new(StringComparer.Ordinal);

    /// <summary>Starts a session for the token with SHA-256 <paramref name="tokenSha256"/> and returns its id, for the cookie.</summary>
    public string Start(string tokenSha256)
    {
        var id = AccessToken.Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            foreach (var expired in _byIdHash.Where(s => s.Value.Expires <= now).Select(s => s.Key).ToList())
            {
                _byIdHash.Remove(expired);
            }

            EndOldestWhile(s => s.TokenSha256 == tokenSha256, MaxPerToken);
            EndOldestWhile(_ => true, MaxSessions);
            _byIdHash[Hash(id)] = new Session(tokenSha256, now, now + Lifetime);
        }

        return id;
    }

    /// <summary>The SHA-256 of the token a live session was started with, or null for an unknown, ended or expired one.</summary>
    public string? TokenOf(string id)
    {
        var key = Hash(id);
        lock (_lock)
        {
            if (!_byIdHash.TryGetValue(key, out var session))
            {
                return null;
            }

            if (session.Expires > clock.GetUtcNow())
            {
                return session.TokenSha256;
            }

            _byIdHash.Remove(key);
            return null;
        }
    }

    public void End(string id)
    {
        lock (_lock)
        {
            _byIdHash.Remove(Hash(id));
        }
    }

    /// <summary>Ends the oldest of the sessions that <paramref name="belong"/> until fewer than <paramref name="limit"/> are left, to make room for one more.</summary>
    private void EndOldestWhile(Func<Session, bool> belong, int limit)
    {
        var sessions = _byIdHash.Where(s => belong(s.Value)).OrderBy(s => s.Value.Started).Select(s => s.Key).ToList();
        foreach (var key in sessions.Take(Math.Max(0, sessions.Count - limit + 1)))
        {
            _byIdHash.Remove(key);
        }
    }

    private static string Hash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    private sealed record Session(string TokenSha256, DateTimeOffset Started, DateTimeOffset Expires);
}
