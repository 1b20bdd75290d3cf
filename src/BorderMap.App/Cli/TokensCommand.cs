using System.CommandLine;
using BorderMap.App.Access;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap tokens add|list|revoke</c>: manage the token file a shared server reads (see
/// <see cref="TokenFile"/>). A new token's secret is printed once and only its hash is stored. A
/// running server picks up every change within a second.
/// </summary>
internal static class TokensCommand
{
    public static void AddTo(RootCommand root)
    {
        var tokens = new Command("tokens", "Create, list and revoke the access tokens of a shared server.");
        tokens.Subcommands.Add(Add());
        tokens.Subcommands.Add(List());
        tokens.Subcommands.Add(Revoke());
        root.Subcommands.Add(tokens);
    }

    private static Option<FileInfo> FileOption() => new("--token-file") { Description = "The token file (created by the first `tokens add`).", Required = true };

    private static Option<string> NameOption(string description) => new("--name") { Description = description, Required = true };

    private static Command Add()
    {
        var file = FileOption();
        var name = NameOption("Who holds the token; recorded in the history of every change they make.");
        var role = new Option<string>("--role") { Description = "editor (may change claims and sources) or reader (may only view).", Required = true };
        role.AcceptOnlyFromAmong("editor", "reader");
        var add = new Command("add", "Create a token and print it once.") { file, name, role };
        add.SetAction(result => Edit(result.GetValue(file)!, create: true, existing =>
        {
            var holder = result.GetValue(name)!;
            if (AccessToken.NameProblem(holder) is { } problem)
            {
                return Fail($"--name: {problem}.");
            }

            if (existing.Any(t => t.Name == holder))
            {
                return Fail($"'{holder}' already has a token; revoke it first to issue a new one.");
            }

            var secret = AccessToken.NewSecret();
            var tokenRole = AccessToken.ParseRole(result.GetValue(role)!)!.Value;
            return ([.. existing, new AccessToken(tokenRole, holder, AccessToken.Hash(secret))], () =>
            {
                Console.WriteLine(secret);
                Console.Error.WriteLine($"Created a {AccessToken.RoleName(tokenRole)} token for '{holder}'. It is shown only now: pass it on privately.");
            });
        }));
        return add;
    }

    private static Command List()
    {
        var file = FileOption();
        var list = new Command("list", "List who holds a token, and with which role.") { file };
        list.SetAction(result =>
        {
            if (ReadOrFail(result.GetValue(file)!, create: false) is not { } tokens)
            {
                return BorderMapCommandLine.BadInput;
            }

            foreach (var token in tokens)
            {
                Console.WriteLine($"{AccessToken.RoleName(token.Role)}\t{token.Name}");
            }

            return 0;
        });
        return list;
    }

    private static Command Revoke()
    {
        var file = FileOption();
        var name = NameOption("Whose token to revoke.");
        var revoke = new Command("revoke", "Revoke a holder's token; a running server refuses it within a second.") { file, name };
        revoke.SetAction(result => Edit(result.GetValue(file)!, create: false, existing =>
        {
            var holder = result.GetValue(name)!;
            return existing.Any(t => t.Name == holder)
                ? ([.. existing.Where(t => t.Name != holder)], () => Console.Error.WriteLine($"Revoked the token of '{holder}'."))
                : Fail($"nobody called '{holder}' has a token; `bordermap tokens list` shows who does.");
        }));
        return revoke;
    }

    /// <summary>Reads the file, applies <paramref name="change"/> and writes the result whole; on any problem the file is left as it was.</summary>
    private static int Edit(FileInfo file, bool create, Func<IReadOnlyList<AccessToken>, (IReadOnlyList<AccessToken>? Tokens, Action? Report)> change)
    {
        if (ReadOrFail(file, create) is not { } existing)
        {
            return BorderMapCommandLine.BadInput;
        }

        var (tokens, report) = change(existing);
        if (tokens is null)
        {
            return BorderMapCommandLine.BadInput;
        }

        try
        {
            TokenFile.Write(file.FullName, tokens);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"bordermap: cannot write the token file {file.FullName}: {e.Message}");
            return BorderMapCommandLine.BadInput;
        }

        report?.Invoke();
        return 0;
    }

    private static (IReadOnlyList<AccessToken>? Tokens, Action? Report) Fail(string message)
    {
        Console.Error.WriteLine($"bordermap: {message}");
        return (null, null);
    }

    private static IReadOnlyList<AccessToken>? ReadOrFail(FileInfo file, bool create)
    {
        if (!file.Exists)
        {
            if (create)
            {
                return [];
            }

            Console.Error.WriteLine($"bordermap: {file.FullName} does not exist; `bordermap tokens add` creates it.");
            return null;
        }

        try
        {
            return TokenFile.Read(file.FullName);
        }
        catch (TokenFileException e)
        {
            Console.Error.WriteLine($"bordermap: {e.Message}");
            return null;
        }
    }
}
