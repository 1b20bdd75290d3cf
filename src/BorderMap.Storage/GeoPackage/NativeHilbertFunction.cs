using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The packing's sort key as an SQL function (<c>bordermap_hilbert(x, y[, z])</c>, <see cref="HilbertKey"/>)
/// registered straight with e_sqlite3, for two and three arguments. Microsoft.Data.Sqlite's own
/// functions box every argument and the result and allocate a reader per call: at 100,000 claims
/// the three trees' sorts called it 300,000 times, a fifth of their packing's CPU and 112 MB of
/// garbage (measured, 2026-12-05). Here SQLite calls a static callback that reads its arguments
/// as doubles and sets an integer result, and allocates nothing.
/// </summary>
// DllImport, not LibraryImport: every parameter is blittable (see NativeBinds).
#pragma warning disable SYSLIB1054
internal static class NativeHilbertFunction
{
    public const string Name = "bordermap_hilbert";

    private const int Utf8Deterministic = 1 | 0x800; // SQLITE_UTF8 | SQLITE_DETERMINISTIC

    private static readonly byte[] NameUtf8 = Encoding.UTF8.GetBytes(Name + "\0");

    /// <summary>Kept for the process's life: SQLite holds a pointer to its thunk in every connection it is registered on.</summary>
    private static readonly ScalarFunction Callback = Key;

    private static readonly IntPtr CallbackPointer = Marshal.GetFunctionPointerForDelegate(Callback);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void ScalarFunction(IntPtr context, int count, IntPtr arguments);

    /// <summary>Registers the function on <paramref name="connection"/>, for two and three arguments.</summary>
    public static void Register(SqliteConnection connection)
    {
        var database = connection.Handle!.DangerousGetHandle();
        foreach (var arguments in (int[])[2, 3])
        {
            var result = CreateFunction(database, NameUtf8, arguments, Utf8Deterministic, IntPtr.Zero, CallbackPointer, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
            SqliteException.ThrowExceptionForRC(result, connection.Handle);
        }
    }

    private static void Key(IntPtr context, int count, IntPtr arguments)
    {
        Span<double> unit = stackalloc double[count];
        for (var i = 0; i < count; i++)
        {
            unit[i] = ValueDouble(Marshal.ReadIntPtr(arguments, i * IntPtr.Size));
        }

        ResultInt64(context, HilbertKey.Of(unit));
    }

    [DllImport(NativeBinds.Library, EntryPoint = "sqlite3_create_function_v2", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    private static extern int CreateFunction(IntPtr database, byte[] name, int arguments, int textEncoding, IntPtr application, IntPtr function, IntPtr step, IntPtr final, IntPtr destroy);

    [DllImport(NativeBinds.Library, EntryPoint = "sqlite3_value_double", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    private static extern double ValueDouble(IntPtr value);

    [DllImport(NativeBinds.Library, EntryPoint = "sqlite3_result_int64", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    private static extern void ResultInt64(IntPtr context, long value);
}
#pragma warning restore SYSLIB1054
