using System.Globalization;
using System.Text;
using BorderMap.Storage.Files;

namespace BorderMap.App.Access;

/// <summary>
/// The token file: one token per line as <c>role TAB name TAB sha256</c>, with <c>#</c> comments
/// and blank lines allowed, so it can be read, reviewed and edited by hand. Reading checks every
/// line and names each bad one; writing replaces the file whole through a temporary file, so a
/// server reading it never sees half a change.
/// </summary>
internal static class TokenFile
{
    private const string Header = "# BorderMap access tokens: role<TAB>name<TAB>SHA-256 of the token. Managed with `bordermap tokens`.";

    /// <summary>The largest token file read: about 8,000 tokens. Anything larger is not a token file, and reading it whole every second would cost.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The file's tokens.</summary>
    /// <exception cref="TokenFileException">the file is missing, unreadable, not a regular file, too large or has bad lines (all named).</exception>
    public static IReadOnlyList<AccessToken> Read(string path) => FromContent(path, ReadContent(path));

    /// <summary>The file's bytes, read with a size limit: a FIFO, a device such as <c>/dev/zero</c> or a huge file is refused at once instead of hanging the server.</summary>
    /// <exception cref="TokenFileException">the file is missing, unreadable, not a regular file or larger than <see cref="MaxBytes"/>.</exception>
    public static byte[] ReadContent(string path)
    {
        try
        {
            return BoundedFile.ReadAllBytes(path, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TokenFileException(path, [e.Message]);
        }
    }

    /// <summary>The tokens in <paramref name="content"/>, the bytes of the file at <paramref name="path"/>.</summary>
    /// <exception cref="TokenFileException">the file has bad lines (all named).</exception>
    public static IReadOnlyList<AccessToken> FromContent(string path, byte[] content)
    {
        var lines = Encoding.UTF8.GetString(content).TrimStart('\uFEFF').Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
        var tokens = new List<AccessToken>();
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Parse(line) is { } token)
            {
                if (tokens.Any(t => t.Name == token.Name))
                {
                    problems.Add(At(i, $"the name '{token.Name}' is given twice; names must be unique because they are recorded in the history"));
                }

                tokens.Add(token);
            }
            else
            {
                problems.Add(At(i, LineProblem(line)));
            }
        }

        return problems.Count > 0 ? throw new TokenFileException(path, problems) : tokens;
    }

    /// <summary>Replaces the file with <paramref name="tokens"/>, readable by its owner only.</summary>
    /// <exception cref="IOException">the path cannot be written (see <see cref="OutputPath"/>).</exception>
    public static void Write(string path, IEnumerable<AccessToken> tokens)
    {
        var text = new StringBuilder().AppendLine(Header);
        foreach (var token in tokens)
        {
            text.Append(AccessToken.RoleName(token.Role)).Append('\t').Append(token.Name).Append('\t').AppendLine(token.Sha256);
        }

        // A link is followed and the file it points to replaced; a FIFO or device is no place for tokens.
        var output = OutputPath.Resolve(path);
        if (output.InPlace)
        {
            throw new OutputPathException($"'{path}' is a FIFO or device, not a regular file");
        }

        var temporary = output.NewTemporaryPath();
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.Write(text.ToString());
        }

        output.ReplaceWith(temporary);
    }

    private static AccessToken? Parse(string line)
    {
        var fields = line.Split('\t');
        return fields.Length == 3 && AccessToken.ParseRole(fields[0]) is { } role && AccessToken.NameProblem(fields[1]) is null && IsSha256(fields[2])
            ? new AccessToken(role, fields[1], fields[2])
            : null;
    }

    private static string LineProblem(string line)
    {
        var fields = line.Split('\t');
        return fields.Length != 3 ? $"expected 3 tab-separated fields (role, name, SHA-256), found {fields.Length}"
            : AccessToken.ParseRole(fields[0]) is null ? $"the role '{fields[0]}' is not reader or editor"
            : AccessToken.NameProblem(fields[1]) is { } nameProblem ? nameProblem
            : "the third field is not a SHA-256 (64 lower-case hex digits); store the hash, never the token itself";
    }

    private static bool IsSha256(string text) => text.Length == 64 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static string At(int index, string problem) => string.Create(CultureInfo.InvariantCulture, $"line {index + 1}: {problem}");
}

/// <summary>A token file that cannot be used, with every problem found in it.</summary>
internal sealed class TokenFileException(string path, IReadOnlyList<string> problems)
    : Exception($"{path}: {string.Join("; ", problems)}")
{
    public string Path { get; } = path;

    public IReadOnlyList<string> Problems { get; } = problems;
}
