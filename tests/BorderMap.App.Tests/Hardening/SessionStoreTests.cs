using BorderMap.App.Access;

namespace BorderMap.App.Tests.Hardening;

/// <summary>The in-memory sessions expire and stay bounded in number.</summary>
public sealed class SessionStoreTests
{
    private static readonly string TokenA = new('a', 64);
    private static readonly string TokenB = new('b', 64);

    [Fact]
    public void A_session_expires_after_its_lifetime()
    {
        var clock = new ManualClock();
        var sessions = new SessionStore(clock);
        var id = sessions.Start(TokenA);
        Assert.Equal(TokenA, sessions.TokenOf(id));

        clock.Advance(SessionStore.Lifetime);

        Assert.Null(sessions.TokenOf(id));
    }

    [Fact]
    public void One_token_keeps_a_bounded_number_of_sessions_and_the_oldest_ends_first()
    {
        var clock = new ManualClock();
        var sessions = new SessionStore(clock);
        var other = sessions.Start(TokenB);
        var ids = new List<string>();
        for (var i = 0; i <= SessionStore.MaxPerToken; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            ids.Add(sessions.Start(TokenA));
        }

        Assert.Null(sessions.TokenOf(ids[0]));
        Assert.All(ids.Skip(1), id => Assert.Equal(TokenA, sessions.TokenOf(id)));
        Assert.Equal(TokenB, sessions.TokenOf(other));
        Assert.Null(sessions.TokenOf("not-a-session"));
    }
}
