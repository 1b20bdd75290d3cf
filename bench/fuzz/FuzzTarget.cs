using System.Diagnostics;
using CsCheck;

namespace BorderMap.Fuzz;

/// <summary>What one target's run did: cases tried (shrinking included), for how long (wall and this process's CPU), and the crash it found, if any.</summary>
internal sealed record FuzzResult(string Target, long Cases, TimeSpan Elapsed, TimeSpan Cpu, string? Crash);

/// <summary>A parser under fuzzing: its inputs and the check every input must pass (the parser's contract, not a particular answer).</summary>
internal interface IFuzzTarget
{
    string Name { get; }

    FuzzResult Run(int seconds, string? seed);
}

/// <summary>Runs <paramref name="check"/> on generated inputs for a bounded time on one thread; CsCheck shrinks a failing input before it reports it.</summary>
internal sealed class FuzzTarget<T>(string name, Gen<T> inputs, Action<T> check, Func<T, string> show) : IFuzzTarget
{
    public string Name => name;

    public FuzzResult Run(int seconds, string? seed)
    {
        long cases = 0;
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        TimeSpan CpuSpent() => Environment.CpuUsage.TotalTime - cpu;
        try
        {
            inputs.Sample(
                input =>
                {
                    Interlocked.Increment(ref cases);
                    check(input);
                },
                writeLine: _ => { },
                seed: seed,
                time: seconds,
                threads: 1,
                print: show);
            return new FuzzResult(name, cases, clock.Elapsed, CpuSpent(), null);
        }
        catch (CsCheckException e)
        {
            var cause = string.Join('\n', (e.InnerException?.ToString() ?? string.Empty).Split('\n').Take(12));
            return new FuzzResult(name, cases, clock.Elapsed, CpuSpent(), $"{e.Message}\n{cause}");
        }
    }
}

/// <summary>A broken contract: the parser answered, but not as it promises (a problem without a field, a request without pixels).</summary>
internal sealed class ContractException(string message) : Exception(message)
{
    public static void Require(bool holds, string what)
    {
        if (!holds)
        {
            throw new ContractException(what);
        }
    }
}
