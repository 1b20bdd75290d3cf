using BorderMap.App.Cli;

return await BorderMapCommandLine.RunAsync(args);
