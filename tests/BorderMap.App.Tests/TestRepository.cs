namespace BorderMap.App.Tests;

/// <summary>The repository these tests were built in, for its fixtures, samples and benchmark tools.</summary>
internal static class TestRepository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Tests must run inside the BorderMap repository.");
    }
}
