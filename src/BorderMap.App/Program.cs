using BorderMap.App.Cli;

return await BorderMapCommandLine.RunAsync(args);

/// <summary>The entry point, public so that API tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
