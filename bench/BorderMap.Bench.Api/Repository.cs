namespace BorderMap.Bench.Api;

internal static class Repository
{
    public static string GeodataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln")))
            {
                return Path.Combine(dir.FullName, "geodata");
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the BorderMap repository.");
    }
}
