using System.Globalization;
using BorderMap.Fuzz;

// Fuzzes the parsers of untrusted input for a bounded time each: bench/fuzz/run.sh [seconds-per-target] [target …]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
var only = args.Skip(1).ToHashSet(StringComparer.Ordinal);
var seed = Environment.GetEnvironmentVariable("FUZZ_SEED");
var targets = new Targets(await Seeds.LoadAsync()).All.Where(t => only.Count == 0 || only.Contains(t.Name)).ToList();

Console.WriteLine("target\tcases\twall_s\tcpu_s\tcrashes");
var crashes = 0;
foreach (var target in targets)
{
    var result = target.Run(seconds, seed);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Target}\t{result.Cases}\t{result.Elapsed.TotalSeconds:F0}\t{result.Cpu.TotalSeconds:F0}\t{(result.Crash is null ? 0 : 1)}"));
    if (result.Crash is not null)
    {
        crashes++;
        Console.WriteLine(result.Crash);
    }
}

return crashes == 0 ? 0 : 1;
