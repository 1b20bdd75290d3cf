using System.CommandLine;

namespace BorderMap.App.Cli;

/// <summary><c>bordermap claims import|export</c>: move claims between the store and files.</summary>
internal static class ClaimsCommand
{
    public static void AddTo(RootCommand root)
    {
        var claims = new Command("claims", "Import claims into the claim store or export them from it.");
        ClaimsImportCommand.AddTo(claims);
        ClaimsExportCommand.AddTo(claims);
        ClaimsCopyCommand.AddTo(claims);
        root.Subcommands.Add(claims);
    }
}
