using BorderMap.App.Access;

namespace BorderMap.App.Tests.Hardening.BadInput;

/// <summary>A local server whose write rate admits the whole bad-input table within a minute: each refused write still counts against the rate.</summary>
public sealed class BadInputServer : StoreServer
{
    private protected override ServerOptions Options() => new() { WritesPerMinute = 10_000 };
}
