using System.CommandLine;
using System.Text;
using BorderMap.Storage;

namespace BorderMap.App.Cli;

/// <summary>The <c>bordermap</c> command tree. Without a verb it serves the map and opens it in a browser.</summary>
internal static class BorderMapCommandLine
{
    /// <summary>Exit code for bad input (unknown option, malformed data file): the user can fix it.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code when SIGINT or SIGTERM stopped the command (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

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
        StoreCommand.AddTo(root);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"bordermap: {error.Message}");
            }

            return BadInput;
        }

        // Each verb reports its own expected failures; what still escapes is reported here, on one line.
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (StorageFault.From(e) is { } fault)
        {
            await Console.Error.WriteLineAsync($"bordermap: the claim store cannot be used: {fault.Cause}");
            return BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or StoreFormatException or DecoderFallbackException)
        {
            await Console.Error.WriteLineAsync($"bordermap: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("bordermap: stopped");
            return Interrupted;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
