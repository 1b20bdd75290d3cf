using System.ComponentModel;
using System.Diagnostics;

namespace BorderMap.GeodataBuild;

/// <summary>Runs an external program (apt-get, npm, dpkg-deb, gmt) and returns its standard output.</summary>
internal static class ProcessRunner
{
    public static string Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = program + " " + string.Join(' ', startInfo.ArgumentList);
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new GeodataBuildException($"Could not start '{commandLine}'.");
        }
        catch (Win32Exception e)
        {
            throw new GeodataBuildException($"Could not run '{program}': {e.Message}. Is it installed and on PATH?", e);
        }

        using (process)
        {
            // Read stderr concurrently: a child that fills one pipe while we block on the other would hang.
            var errorTask = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var error = errorTask.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                throw new GeodataBuildException($"'{commandLine}' failed with exit code {process.ExitCode}:{Environment.NewLine}{error.Trim()}");
            }

            return output;
        }
    }
}
