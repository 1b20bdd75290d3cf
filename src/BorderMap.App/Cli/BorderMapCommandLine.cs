using System.CommandLine;

namespace BorderMap.App.Cli;

/// <summary>The <c>bordermap</c> command tree. Without a verb it serves the map and opens it in a browser.</summary>
internal static class BorderMapCommandLine
{
    /// <summary>Exit code for bad input (unknown option, malformed data file): the user can fix it.</summary>
    public const int BadInput = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("BorderMap: a map workbench for the Tajikistan–Afghanistan border situation.");
        ServeCommand.AddTo(root);
        ClaimsCommand.AddTo(root);
        SourcesCommand.AddTo(root);
        AnnotationsCommand.AddTo(root);
        ExportCommand.AddTo(root);
        GeocodeCommand.AddTo(root);
        ExtractCommand.AddTo(root);
        TokensCommand.AddTo(root);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"bordermap: {error.Message}");
            }

            return BadInput;
        }

        // Exceptions are not swallowed into generic messages: each verb reports its own expected failures.
        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
