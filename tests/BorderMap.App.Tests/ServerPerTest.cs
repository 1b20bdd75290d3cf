namespace BorderMap.App.Tests;

/// <summary>
/// A test class whose every test gets a server of its own, and so a store of its own: xUnit makes one
/// instance per test and starts and stops the server around it. For tests that write, so that no
/// test sees another's changes; read-only tests share one server through a class fixture instead.
/// </summary>
public abstract class ServerPerTest<TServer> : IAsyncLifetime
    where TServer : StoreServer, new()
{
    protected TServer Server { get; } = new();

    protected HttpClient Client => Server.Client;

    public virtual Task InitializeAsync() => Server.InitializeAsync();

    public Task DisposeAsync() => Server.DisposeAsync();
}
