using System.Net;
using BorderMap.App.Exporting;
using BorderMap.Core.Queries;

namespace BorderMap.App.Access;

/// <summary>How <c>bordermap serve</c> listens and whom it lets in.</summary>
internal sealed record ServerOptions
{
    public const int DefaultWritesPerMinute = 120;
    public const long DefaultMaxBodyBytes = 1024 * 1024;
    public const int DefaultCountCap = ClaimFacets.CountCap;
    public static readonly int DefaultCountBudgetMilliseconds = (int)ClaimFacets.CountBudget.TotalMilliseconds;
    public static readonly int DefaultCountExactBudgetMilliseconds = (int)ClaimFacets.CountExactBudget.TotalMilliseconds;

    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The tokens to require, or null to serve one local user without sign-in (loopback only).</summary>
    public TokenRegistry? Tokens { get; init; }

    public int WritesPerMinute { get; init; } = DefaultWritesPerMinute;

    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>The most claims a count reads one by one before it answers a lower bound (<see cref="ClaimFacets.CountCap"/>).</summary>
    public int CountCap { get; init; } = DefaultCountCap;

    /// <summary>How long a count that reads claims one by one may run to be exact before it falls back to the cap (<see cref="ClaimFacets.CountBudget"/>); zero: at once.</summary>
    public TimeSpan CountBudget { get; init; } = ClaimFacets.CountBudget;

    /// <summary>How long a count asked for exactly may run before it answers the lower bound after all (<see cref="ClaimFacets.CountExactBudget"/>).</summary>
    public TimeSpan CountExactBudget { get; init; } = ClaimFacets.CountExactBudget;

    /// <summary>Host names besides loopback and IP addresses that a shared server answers to (a proxy's public name, the machine's DNS name).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>The reverse proxy whose X-Forwarded-Proto and X-Forwarded-For are believed, or null to believe nobody's.</summary>
    public IPAddress? TrustedProxy { get; init; }

    /// <summary>How many map exports may render at once; each holds its whole image in memory.</summary>
    public int MaxConcurrentExports { get; init; } = 2;

    /// <summary>The largest map export in pixels (width × height), which bounds the memory one export takes (about 4 bytes a pixel).</summary>
    public long MaxExportPixels { get; init; } = ExportPixelLimit.Server;

    /// <summary>Why these options are unsafe, or null: anything beyond loopback must require tokens.</summary>
    public string? Problem() =>
        !IPAddress.IsLoopback(Bind) && Tokens is null
            ? $"serving on {Bind} lets other machines reach the map; pass --token-file FILE so that only people with a token get in (create tokens with `bordermap tokens add`)."
            : WritesPerMinute < 1 ? "--write-rate must be at least 1 change a minute."
            : MaxBodyBytes < 1024 ? "--max-body-kib must be at least 1."
            : CountCap < 1 ? "--count-cap must be at least 1."
            : CountBudget < TimeSpan.Zero ? "--count-budget must be 0 or more milliseconds."
            : CountExactBudget < TimeSpan.Zero ? "--count-exact-budget must be 0 or more milliseconds."
            : MaxConcurrentExports < 1 ? "at least one export must be allowed at a time."
            : null;
}
