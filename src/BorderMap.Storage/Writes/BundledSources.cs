using System.Security.Cryptography;
using System.Text;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage.Writes;

/// <summary>
/// Registers the sources a bundle carries, inside the import's transaction and with their own ids,
/// so its claims find the texts they quote. A source already registered under the same id is kept
/// when its SHA-256 is the same, and refused otherwise: a store never holds two texts under one id.
/// </summary>
internal static class BundledSources
{
    /// <summary>The sources this transaction registered, by id.</summary>
    /// <exception cref="StoreValidationException">a text does not match its SHA-256, an id is taken by another text, or a superseded source is missing.</exception>
    public static IReadOnlyDictionary<string, Source> Register(IClaimTransaction tx, IReadOnlyList<Source> sources, DateTimeOffset now)
    {
        var registered = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var (source, index) in sources.Select((s, i) => (s, i)))
        {
            var field = $"sources[{index}]";
            var actual = Sha256Of(source.Text);
            Refuse(actual != source.Sha256, field, $"the text of source '{source.Id}' has the SHA-256 {actual}, not {source.Sha256}");
            if (registered.ContainsKey(source.Id) || tx.FindSource(source.Id) is { } existing && Same(existing, source, field))
            {
                continue;
            }

            Refuse(source.Supersedes is { } old && !registered.ContainsKey(old) && !tx.SourceExists(old), field, $"source '{source.Id}' supersedes '{source.Supersedes}', which is neither registered nor earlier in the bundle");
            tx.InsertSource(source, source.Supersedes, now);
            registered[source.Id] = source;
        }

        return registered;
    }

    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static bool Same(Source existing, Source bundled, string field)
    {
        Refuse(existing.Sha256 != bundled.Sha256, field, $"this store has a different text under the source id '{bundled.Id}' (SHA-256 {existing.Sha256}, the bundle's is {bundled.Sha256})");
        return true;
    }

    private static void Refuse(bool broken, string field, string message)
    {
        if (broken)
        {
            throw new StoreValidationException([new FieldProblem(field, message)]);
        }
    }
}
