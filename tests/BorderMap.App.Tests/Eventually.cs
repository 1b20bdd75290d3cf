using System.Diagnostics;

namespace BorderMap.App.Tests;

/// <summary>Waiting on an answer rather than for a fixed time: asks again and again until it passes or the time is up.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Between = TimeSpan.FromMilliseconds(50);

    /// <summary>True as soon as <paramref name="check"/> passes; false when it still fails after <paramref name="time"/>.</summary>
    public static async Task<bool> Within(TimeSpan time, Func<Task<bool>> check)
    {
        var clock = Stopwatch.StartNew();
        while (!await check())
        {
            if (clock.Elapsed > time)
            {
                return false;
            }

            await Task.Delay(Between);
        }

        return true;
    }
}
