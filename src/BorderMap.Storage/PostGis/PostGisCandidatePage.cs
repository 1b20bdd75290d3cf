using System.Globalization;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// A sorted page under a box that is not walked (<see cref="PostGisSortWalk.BoxRows"/>): its
/// statement reads every claim the box's index finds within the dates, and the words' index, and
/// sorts them for the page. Those claims lie on as many table pages as there are claims, scattered
/// through the table: a page under a box of 4° × 3° and a month at 1,000,000 claims read ~5,400 of
/// them, 4.4–6.8 s when they were not in memory, ~1.4 ms each on a busy machine. PostgreSQL
/// underestimates a box (by a factor of 14 there) and so reads them through the index one at a time,
/// in the index's order; read through a bitmap they come in the table's order, and with
/// <c>effective_io_concurrency</c> the kernel is told of the next ones ahead (<c>posix_fadvise</c>),
/// which halved that time (bench/RESULTS.md, Scale, branch pgsort10). Both settings hold for the
/// page's own transaction alone (<see cref="PostGisLocalSettings"/>). A page in memory took about
/// as long either way (psql at load 75; up to a third longer through the bitmap at load 40: not settled).
/// </summary>
internal static class PostGisCandidatePage
{
    /// <summary>The table pages PostgreSQL asks the kernel for ahead of the one it reads.</summary>
    private const int PagesAhead = 64;

    /// <summary>
    /// Whether a sorted page under <paramref name="query"/> is one: a box, and no criterion whose
    /// claims a subquery looks up claim by claim (a region, event statuses, single source), which
    /// needs index scans of its own.
    /// </summary>
    public static bool Applies(ClaimQuery query, ClaimKeyset keyset) =>
        keyset.Sort != ClaimSort.Created && query is { Box: not null, RegionId: null, EventStatuses: null, SingleSource: null };

    /// <summary>Reads the rows of <paramref name="sql"/> with the box's claims taken through a bitmap, their table pages asked for ahead.</summary>
    public static List<T> Read<T>(NpgsqlConnection connection, string sql, List<NpgsqlParameter> parameters, Func<NpgsqlDataReader, T> read)
    {
        var ahead = PagesAhead.ToString(CultureInfo.InvariantCulture);
        return PostGisLocalSettings.Run(connection, [("enable_indexscan", "off"), ("effective_io_concurrency", ahead)], _ => PostGisRows.Read(connection, sql, parameters, read));
    }
}
