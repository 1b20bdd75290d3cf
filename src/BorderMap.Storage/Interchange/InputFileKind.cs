using System.Runtime.InteropServices;
using System.Text;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// What kind of file system entry a path names. Importing reads a file to its end (twice, when a
/// row is bad), so a FIFO, a device such as <c>/dev/zero</c> or a directory must be refused before
/// it is opened: opening a FIFO blocks until someone writes to it, and a device never ends. .NET
/// has no API for the file type, so this asks the C library's <c>stat</c> and reads
/// <c>st_mode</c>, whose offset in <c>struct stat</c> is fixed per architecture on Linux.
/// </summary>
internal static class InputFileKind
{
    private const int FileTypeMask = 0xF000;
    private const int StatBufferBytes = 256;

    /// <summary>Why the path cannot be imported from, or null when it is a regular file (or its kind cannot be told here).</summary>
    public static string? Refusal(string path)
    {
        if (Directory.Exists(path))
        {
            return "is a directory, not a file";
        }

        return FileType(path) switch
        {
            null or 0x8000 => null,
            0x1000 => "is a FIFO (named pipe), not a regular file; save the claims to a file first",
            0x2000 => "is a character device, not a regular file",
            0x6000 => "is a block device, not a regular file",
            0xC000 => "is a socket, not a regular file",
            _ => "is not a regular file",
        };
    }

    /// <summary>The <c>S_IFMT</c> bits of the path's mode (links followed), or null off Linux x64/arm64 or when stat fails.</summary>
    private static int? FileType(string path)
    {
        int? modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => null,
        };
        if (!OperatingSystem.IsLinux() || modeOffset is not { } offset)
        {
            return null;
        }

        var buffer = new byte[StatBufferBytes];
        try
        {
            return Stat(Encoding.UTF8.GetBytes(path + "\0"), buffer) == 0 ? BitConverter.ToInt32(buffer, offset) & FileTypeMask : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // no libc by that name, or one from before stat was exported (glibc < 2.33)
        }
    }

    // DllImport, not LibraryImport: byte arrays are blittable and pinned by the runtime, so this needs
    // no generated unsafe marshalling code (and no AllowUnsafeBlocks for the whole project).
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, byte[] buffer);
#pragma warning restore SYSLIB1054
}
