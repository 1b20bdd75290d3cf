using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Hears of every committed write to the shared database, by any instance: one dedicated connection
/// per store runs <c>LISTEN bordermap_changes</c> (announced by the triggers of migration 3), started
/// by the first waiter, reconnecting after a failure, closed with the store. Waiters hold the
/// current <see cref="Signal"/>, which completes at the next notification (and when the connection
/// fails, so that they look again); each then re-reads the store's position itself.
/// </summary>
internal sealed class PostGisChangeListener(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public const string Channel = "bordermap_changes";

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = NewSignal();
    private Task? _listening;

    /// <summary>True while the connection is listening; when false, waiters look again on their own every little while.</summary>
    public bool IsListening { get; private set; }

    /// <summary>Completes at the next notification (or connection failure) after this call; starts listening on first use.</summary>
    public Task Signal
    {
        get
        {
            lock (_lock)
            {
                _listening ??= Task.Run(ListenAsync);
                return _next.Task;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_listening is { } listening)
        {
            await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
        await dataSource.DisposeAsync();
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(_stop.Token);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(_stop.Token);
                }

                IsListening = true;

                // A write may have committed while the connection was down: waiters look again.
                Wake();
                while (true)
                {
                    await connection.WaitAsync(_stop.Token);
                }
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or InvalidOperationException)
            {
                IsListening = false;
                Wake();
                await Task.Delay(Reconnect, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        IsListening = false;
        Wake();
    }

    private void Wake()
    {
        TaskCompletionSource woken;
        lock (_lock)
        {
            woken = _next;
            _next = NewSignal();
        }

        woken.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
