namespace BorderMap.Storage.Interchange;

/// <summary>
/// The rows of an import file, handed to the store a chunk at a time and read (parsed into an
/// <see cref="ImportRow"/>) only when the store prepares their chunk, on the cores that prepare it:
/// a row's draft then lives from its parse to its write within a chunk or two, instead of travelling
/// from the file's reader through several chunks. Each call to <see cref="Chunks"/> reads the file anew.
/// </summary>
public abstract class ImportRows
{
    /// <summary>The rows in file order, up to <paramref name="size"/> a chunk; enumerated on one thread.</summary>
    /// <exception cref="ClaimFileException">while enumerating: the file as a whole cannot be read.</exception>
    public abstract IEnumerable<RowChunk> Chunks(int size, CancellationToken cancel);

    /// <summary>Rows read already (a CSV file's, a dataset's, drafts in memory), chunked as they come.</summary>
    public static ImportRows Of(IEnumerable<ImportRow> rows) => new ReadRows(rows);

    /// <summary>Drafts in memory, each a readable row (<see cref="ImportRow.Draft"/> is what to import).</summary>
    public static ImportRows Of(IEnumerable<ClaimDraft> drafts) => Of(drafts.Select(draft => new ImportRow(string.Empty, draft, [])));

    private sealed class ReadRows(IEnumerable<ImportRow> rows) : ImportRows
    {
        public override IEnumerable<RowChunk> Chunks(int size, CancellationToken cancel) => rows.Chunk(size).Select(chunk => new ReadChunk(chunk));
    }

    private sealed class ReadChunk(ImportRow[] rows) : RowChunk
    {
        public override int Count => rows.Length;

        public override ImportRow Read(int index) => rows[index];
    }
}

/// <summary>Consecutive rows of an import file, not necessarily parsed yet.</summary>
public abstract class RowChunk
{
    public abstract int Count { get; }

    /// <summary>The row at <paramref name="index"/> (0-based in the chunk), parsed; may be called for different rows at once, once for each.</summary>
    public abstract ImportRow Read(int index);

    /// <summary>Called once every row has been read: what the chunk holds of the file may be used again.</summary>
    public virtual void Release()
    {
    }
}
