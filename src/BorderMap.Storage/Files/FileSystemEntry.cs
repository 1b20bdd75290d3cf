using System.Runtime.InteropServices;
using System.Text;

namespace BorderMap.Storage.Files;

/// <summary>
/// Tells what kind of file system entry a path names. .NET has no API for the file type (its
/// <c>File.Exists</c> is true for a FIFO or <c>/dev/zero</c>), so this asks the C library's
/// <c>stat</c> and reads <c>st_mode</c>, whose offset in <c>struct stat</c> is fixed per
/// architecture on Linux.
/// </summary>
public static class FileSystemEntry
{
    private const int FileTypeMask = 0xF000;
    private const int StatBufferBytes = 256;

    /// <summary>The kind of entry at <paramref name="path"/>, symbolic links followed.</summary>
    public static FileKind KindOf(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        return FileType(path) switch
        {
            0x8000 => FileKind.Regular,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            null when !File.Exists(path) => FileKind.Missing,
            _ => FileKind.Unknown,
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
