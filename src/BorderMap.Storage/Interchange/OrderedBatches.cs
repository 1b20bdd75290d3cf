using System.Runtime.ExceptionServices;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Converts a stream of items in parallel without giving up order or constant memory: items are
/// taken a batch at a time and each batch is converted on all cores while the next one is read
/// (reading is sequential), then its results are yielded in input order. At most two batches of
/// inputs and one of outputs are held.
/// Reading a claim (parsing its JSON, building its geometry) costs far more than finding where it
/// is in the file, so this is where an import's reading time goes.
/// </summary>
internal static class OrderedBatches
{
    public const int DefaultBatchSize = 1024;

    /// <exception cref="OperationCanceledException">between batches, when <paramref name="cancel"/> is set.</exception>
    public static IEnumerable<TOut> Convert<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> convert, CancellationToken cancel, int batchSize = DefaultBatchSize)
    {
        Task<TOut[]>? converting = null;
        foreach (var batch in items.Chunk(batchSize))
        {
            cancel.ThrowIfCancellationRequested();
            var next = Task.Run(() => ConvertBatch(batch, convert), cancel);
            foreach (var result in converting is null ? [] : Results(converting))
            {
                yield return result;
            }

            converting = next;
        }

        foreach (var result in converting is null ? [] : Results(converting))
        {
            yield return result;
        }
    }

    /// <summary>Waits for a batch; GetResult rethrows its exception as itself.</summary>
    private static TOut[] Results<TOut>(Task<TOut[]> batch) => batch.GetAwaiter().GetResult();

    private static TOut[] ConvertBatch<TIn, TOut>(TIn[] batch, Func<TIn, TOut> convert)
    {
        var results = new TOut[batch.Length];
        try
        {
            Parallel.For(0, batch.Length, i => results[i] = convert(batch[i]));
        }
        catch (AggregateException e)
        {
            // Report the first failure as itself (a ClaimFileException stays one), not wrapped.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }
}
