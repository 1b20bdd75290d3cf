using System.Diagnostics;
using System.Text.Json;

namespace BorderMap.Geocoding.Tests;

/// <summary><c>bordermap geocode</c> and <c>bordermap extract</c>, run as a user runs them.</summary>
public class CommandLineTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bordermap.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    [Fact]
    public void Geocode_prints_ranked_candidates_with_reasons()
    {
        var (exit, output, _) = Run("geocode", "Badachschan");
        Assert.Equal(0, exit);
        Assert.StartsWith("1. ", output, StringComparison.Ordinal);
        Assert.Contains("AF-BDS  Badakhshan (admin1, AF)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Geocode_takes_the_areas_a_text_is_about()
    {
        var (exit, output, _) = Run("geocode", "Fayzabad", "--context", "AF-JOW", "--limit", "1");
        Assert.Equal(0, exit);
        Assert.Contains("the text mentions its province Jowzjan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Geocode_json_is_a_candidate_array()
    {
        var (exit, output, _) = Run("geocode", "Moskow", "--json", "--limit", "2");
        Assert.Equal(0, exit);
        Assert.Equal("gn:524901", JsonDocument.Parse(output).RootElement[0].GetProperty("place").GetProperty("id").GetString());
    }

    [Fact]
    public void Extract_lists_one_proposal_per_sentence_with_places()
    {
        var (exit, output, _) = Run("extract", Path.Combine(Repository.Geodata, "sources", "tj-af-border-2021-07-05.txt"), "--lang", "id", "--json");
        Assert.Equal(0, exit);
        var proposals = JsonDocument.Parse(output).RootElement;
        Assert.Equal("border:TJ/AF-BDS", proposals[0].GetProperty("refs")[0].GetString());
        Assert.Equal(1037, proposals[1].GetProperty("numbers").GetProperty("soldiers").GetDouble());
    }

    [Fact]
    public void Extract_of_a_missing_file_is_bad_input()
    {
        var (exit, _, error) = Run("extract", "/no/such/file.txt");
        Assert.Equal(2, exit);
        Assert.Contains("file.txt", error, StringComparison.Ordinal);
    }
}
