using System.Globalization;

namespace BorderMap.Bench.Api;

/// <summary>
/// The outcomes of one request kind during the mixed load, and their summary as one Markdown table
/// row. A kind whose first answer was 404 is an endpoint not built yet: it is reported as
/// "n/a (404)" and left out of the load. Safe to add to from several clients at once.
/// </summary>
internal sealed class Tally
{
    private readonly List<Outcome> outcomes = [];
    private readonly Lock gate = new();

    public void Add(Outcome outcome)
    {
        lock (gate)
        {
            outcomes.Add(outcome);
        }
    }

    /// <summary>True when the endpoint answered its first request with 404.</summary>
    public bool Absent
    {
        get
        {
            lock (gate)
            {
                return outcomes.Count > 0 && outcomes[0].Status == 404;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return outcomes.Count;
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            outcomes.Clear();
        }
    }

    /// <summary>"| label | p50 … p95 … (details) |"; the times are those of the 2xx answers, the others are counted by status.</summary>
    public string Row(string label)
    {
        lock (gate)
        {
            if (Absent)
            {
                return $"| {label} | n/a (404) |";
            }

            var ok = outcomes.Where(o => o.Succeeded).ToList();
            var details = new List<string>();
            if (ok.Count > 0 && ok.Any(o => o.Items is not null))
            {
                details.Add(string.Create(CultureInfo.InvariantCulture, $"mean {ok.Average(o => o.Items ?? 0):0.#} items"));
            }

            if (ok.Any(o => o.Next is not null))
            {
                details.Add($"`next` in {ok.Count(o => o.Next == true)} of {ok.Count}");
            }

            if (ok.Count > 0)
            {
                details.Add(string.Create(CultureInfo.InvariantCulture, $"mean {ok.Average(o => o.Bytes) / 1024:0.#} KiB"));
            }

            var failed = outcomes.Where(o => !o.Succeeded).GroupBy(o => o.Status).Select(g => $"{g.Count()}× status {g.Key}").ToList();
            if (failed.Count > 0)
            {
                var problem = outcomes.First(o => !o.Succeeded).Problem?.ReplaceLineEndings(" ").Replace('|', '/');
                details.Add($"not 2xx: {string.Join(", ", failed)} (first: {problem})");
            }

            var times = ok.Count > 0 ? Percentiles.Summary([.. ok.Select(o => o.Milliseconds)]) : "no 2xx answer";
            var note = outcomes.Select(o => o.Note).LastOrDefault(n => n is not null);
            return $"| {label} | {times}; {string.Join("; ", details)}{(note is null ? "" : $"; {note}")} |";
        }
    }
}
