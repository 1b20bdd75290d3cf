using BorderMap.Storage.Interchange;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary><see cref="ClaimFiles.Read"/> refuses what is not a regular file before opening it: opening a FIFO would block, and a device never ends.</summary>
public sealed class InputFileKindTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_FIFO_is_refused_without_blocking()
    {
        var fifo = _folder.NewFile(".geojson");
        Assert.Equal(0, (await ExternalTool.Run("mkfifo", fifo)).ExitCode);

        var error = Assert.Throws<ClaimFileException>(() => ClaimFiles.Read(fifo, TestData.Geodata.Areas));

        Assert.Equal("file: is a FIFO (named pipe), not a regular file; save the claims to a file first", error.Message);
    }

    [Fact]
    public void A_device_behind_a_link_is_refused()
    {
        var link = _folder.NewFile(".csv");
        File.CreateSymbolicLink(link, "/dev/zero");

        var error = Assert.Throws<ClaimFileException>(() => ClaimFiles.Read(link, TestData.Geodata.Areas));

        Assert.Equal("file: is a character device, not a regular file", error.Message);
    }

    [Fact]
    public void A_directory_is_refused()
    {
        var directory = Directory.CreateDirectory(_folder.NewFile(".geojson")).FullName;

        var error = Assert.Throws<ClaimFileException>(() => ClaimFiles.Read(directory, TestData.Geodata.Areas));

        Assert.Equal("file: is a directory, not a file", error.Message);
    }

    [Fact]
    public void A_regular_file_is_read()
    {
        var file = _folder.NewFile(".geojson");
        File.WriteAllText(file, ClaimFileSamples.Collection([ClaimFileSamples.Feature(1)]));

        Assert.Equal("c-1", Assert.Single(ClaimFiles.Read(file, TestData.Geodata.Areas)).Draft!.Id);
    }
}
