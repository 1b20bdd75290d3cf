using System.Collections.Concurrent;

namespace BorderMap.Storage.Writes;

/// <summary>
/// Reads an import's drafts a chunk ahead on a thread of its own, so that reading and parsing the
/// file overlaps the writing of the chunk before instead of following it on the transaction's
/// thread. Memory stays bounded: the next chunk is read only once the one before has been taken, so
/// at most one chunk is ahead of the import, read or being read. A chunk's claims live from their
/// parse to their write, and the runtime's young generation is small beside a chunk on a machine
/// whose cache size it cannot read (bench/RESULTS.md, gpkg31): every chunk held ahead is copied by
/// its collections and marked by its full ones. What stops the reading (an unreadable row, a
/// cancellation) is thrown where the next chunk would have been taken, after every chunk read
/// before it. The reading thread touches nothing of the transaction.
/// </summary>
internal sealed class ChunkPrefetch<T> : IDisposable
{
    private readonly BlockingCollection<T[]> _ready = new(boundedCapacity: 1);

    /// <summary>Released when a chunk is taken: the reader may start the next one.</summary>
    private readonly SemaphoreSlim _taken = new(initialCount: 0, maxCount: 1);
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
                    using var chunks = items.Chunk(size).GetEnumerator();
                    while (chunks.MoveNext())
                    {
                        _ready.Add(chunks.Current, stop);
                        _taken.Wait(stop);
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
            _taken.Release();
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
        _taken.Dispose();
    }

}
