using System.Collections.Concurrent;

namespace BorderMap.Storage.Writes;

/// <summary>
/// Reads an import's drafts a chunk ahead on a thread of its own, so that reading and parsing the
/// file overlaps the writing of the chunk before instead of following it on the transaction's
/// thread. Memory stays bounded: at most one chunk waits, read, beside the one being read. What
/// stops the reading (an unreadable row, a cancellation) is thrown where the next chunk would have
/// been taken, after every chunk read before it. The reading thread touches nothing of the
/// transaction.
/// </summary>
internal sealed class ChunkPrefetch<T> : IDisposable
{
    private readonly BlockingCollection<T[]> _ready = new(boundedCapacity: 1);
    private readonly CancellationTokenSource _stop;
    private readonly Task _reader;

    public ChunkPrefetch(IEnumerable<T> items, int size, CancellationToken cancel)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var stop = _stop.Token;
        // Its own thread, not the pool's: it blocks while a chunk waits, and the pool's threads prepare the chunks.
        _reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var chunk in items.Chunk(size))
                    {
                        _ready.Add(chunk, stop);
                    }
                }
                finally
                {
                    _ready.CompleteAdding();
                }
            },
            // Not cancellable before it starts: it must always complete the collection that Next waits on.
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <summary>The next chunk, or null after the last one; throws what stopped the reading.</summary>
    public T[]? Next()
    {
        if (_ready.TryTake(out var chunk, Timeout.Infinite))
        {
            return chunk;
        }

        _reader.GetAwaiter().GetResult();
        return null;
    }

    /// <summary>Stops the reading if it has not ended, and waits for its thread.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _reader.Wait();
        }
        catch (AggregateException)
        {
            // Thrown already by Next, or of no interest once the import has stopped for its own reason.
        }

        _stop.Dispose();
        _ready.Dispose();
    }
}
