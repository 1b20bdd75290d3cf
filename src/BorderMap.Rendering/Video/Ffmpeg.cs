namespace BorderMap.Rendering.Video;

/// <summary>
/// Where the <c>ffmpeg</c> program is: the file <c>BORDERMAP_FFMPEG</c> names, else the first
/// <c>ffmpeg</c> on the <c>PATH</c> (Debian's <c>ffmpeg</c> package installs /usr/bin/ffmpeg).
/// </summary>
public static class Ffmpeg
{
    public const string Missing = "mp4 needs ffmpeg, which is not installed: install Debian's ffmpeg package (apt install ffmpeg), or export gif or png-seq";

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("BORDERMAP_FFMPEG") is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "ffmpeg"))
            .FirstOrDefault(File.Exists);
    }
}
