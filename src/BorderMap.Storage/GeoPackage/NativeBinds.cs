using System.Runtime.InteropServices;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// SQLite's bind functions called straight on a statement's pointer, in the same e_sqlite3 library
/// Microsoft.Data.Sqlite opened. SQLitePCL's own entry points take the statement's safe handle, so
/// each of a large import's ~60 values a claim paid an interface call and a reference added and
/// released around its P/Invoke; the caller here holds one reference for a whole statement instead.
/// <para>
/// Without a GC transition: each function only stores a value in the statement (the bytes given as
/// <see cref="Static"/> are not copied), takes the connection's mutex, which only its one writing
/// thread ever asks for, and never calls back.
/// </para>
/// </summary>
// DllImport, not LibraryImport: every parameter is blittable, so there is no marshalling code to
// generate (and no AllowUnsafeBlocks for the whole project).
#pragma warning disable SYSLIB1054
internal static class NativeBinds
{
    public const string Library = "e_sqlite3";

    /// <summary>SQLITE_STATIC: the bytes stay where they are until the statement is reset and its values cleared.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    [DllImport(Library, EntryPoint = "sqlite3_bind_int64", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static extern int Int64(IntPtr statement, int index, long value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_double", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static extern int Double(IntPtr statement, int index, double value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_null", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static extern int Null(IntPtr statement, int index);

    [DllImport(Library, EntryPoint = "sqlite3_bind_text", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static extern int Text(IntPtr statement, int index, IntPtr utf8, int bytes, IntPtr destructor);

    [DllImport(Library, EntryPoint = "sqlite3_bind_blob", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static extern int Blob(IntPtr statement, int index, IntPtr bytes, int length, IntPtr destructor);

    /// <summary>Sets every parameter to NULL; SQLite's result is always SQLITE_OK.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_clear_bindings", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static extern void Clear(IntPtr statement);
}
#pragma warning restore SYSLIB1054
