namespace BorderMap.App.Tests.Browser;

/// <summary>
/// A <see cref="BrowserSession"/> whose app runs over a claim store of its own (a fresh GeoPackage
/// in the test run's temporary folder, seeded with the shipped geodata), so tests may write: the
/// editor tests save, edit and delete claims there. Subclasses can start the app on other data.
/// </summary>
public class EditorSession : BrowserSession
{
    public string StorePath { get; } = StoreTestEnvironment.NewStorePath();

    protected override Task<string[]> ServeArgumentsAsync() => Task.FromResult(new[] { "--store", StorePath });
}
