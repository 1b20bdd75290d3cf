namespace BorderMap.App.Cli;

/// <summary>
/// Progress of a batch export: on a terminal one line that updates in place; otherwise (a log, a
/// pipe, CI) one plain line per map, because carriage-return tricks only garble files.
/// </summary>
internal sealed class ExportProgress(int total)
{
    private readonly bool _terminal = !Console.IsOutputRedirected;
    private int _done;

    public void Step(string what)
    {
        _done++;
        var line = $"[{_done}/{total}] {what}";
        if (_terminal)
        {
            Console.Write($"\r{line}\u001b[K");
        }
        else
        {
            Console.WriteLine(line);
        }
    }

    public void Finish(string summary)
    {
        if (_terminal && _done > 0)
        {
            Console.WriteLine();
        }

        Console.WriteLine(summary);
    }
}
