namespace BorderMap.Storage.Counting;

/// <summary>
/// Where the counters of a large import (<see cref="MembershipCounts"/>, <see cref="CellCounts"/>) write their rows: one
/// count table's rows, value by value in the table's column order, each backend by its own means (the GeoPackage by
/// <c>INSERT … ON CONFLICT</c> adding to the rows stored, PostGIS by <c>COPY</c>). A counter calls <see cref="Flush"/> after
/// each batch of rows it writes once its bound is reached, and at its end; a batch holds each key once, and a later batch may
/// hold a key again, whose counts and sums are then to be added to the earlier ones.
/// </summary>
internal interface ICountRows : IDisposable
{
    ICountRows Add(long value);

    ICountRows Add(double value);

    ICountRows Add(string? value);

    /// <summary>The end of a batch: every row added since the last is written, or kept to be written.</summary>
    void Flush();
}
