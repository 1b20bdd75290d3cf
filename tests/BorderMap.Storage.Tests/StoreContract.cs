namespace BorderMap.Storage.Tests;

/// <summary>
/// What every test of the store contract starts from: a store of its own, seeded with the repository's
/// geodata (a copy of one the backend seeded once), opened through its <see cref="ContractBackend"/>.
/// The contract's tests sit in several classes derived from this one (<see cref="ClaimStoreContract"/>,
/// <see cref="ClaimQueryContract"/>, <see cref="ClaimCountContract"/>), and each backend has one test
/// class for each, so that xUnit runs them side by side; the helpers more than one of them uses are here.
/// </summary>
public abstract partial class StoreContract : IAsyncLifetime
{
    /// <summary>The backend under test, one for each test.</summary>
    protected abstract ContractBackend Backend { get; }

    protected IClaimStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await Backend.OpenSeededCopyAsync();

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        (Backend as IDisposable)?.Dispose();
    }
}
