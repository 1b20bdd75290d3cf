using System.Buffers;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// The features of a GeoJSON claims file as <see cref="ImportRows"/>: the reader only finds where
/// each feature's bytes are (<see cref="GeoJsonFeatureScanner"/>) and copies them into its chunk's
/// buffer, rented from the shared pool and given back once the chunk is parsed, so the file's
/// bytes cost no garbage; each feature is parsed (<see cref="GeoJsonClaimFile"/>) when its chunk is.
/// </summary>
internal sealed class GeoJsonFeatureRows(Func<Stream> open) : ImportRows
{
    public override IEnumerable<RowChunk> Chunks(int size, CancellationToken cancel)
    {
        using var input = open();
        var scanner = new GeoJsonFeatureScanner(input);
        var more = true;
        while (more)
        {
            cancel.ThrowIfCancellationRequested();
            var chunk = new FeatureChunk(scanner.FeatureCount + 1, size);
            more = chunk.Fill(scanner);
            if (chunk.Count == 0)
            {
                chunk.Release();
                yield break;
            }

            yield return chunk;
        }
    }

    /// <summary>Up to a chunk's size of consecutive features, their bytes end to end in one pooled buffer.</summary>
    private sealed class FeatureChunk(int firstNumber, int size) : RowChunk
    {
        /// <summary>Room for a chunk of typical claims (~530 bytes each) at once; doubled when they are larger.</summary>
        private const int BytesPerFeature = 1024;

        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(size * BytesPerFeature);
        private int[] _ends = ArrayPool<int>.Shared.Rent(size);

        private int _count;

        public override int Count => _count;

        private int Used => _count == 0 ? 0 : _ends[_count - 1];

        /// <summary>Copies features from the scanner until the chunk is full; false when the file has no more.</summary>
        public bool Fill(GeoJsonFeatureScanner scanner)
        {
            while (_count < size)
            {
                if (!scanner.NextFeature(out var feature))
                {
                    return false;
                }

                Append(feature);
            }

            return true;
        }

        public override ImportRow Read(int index)
        {
            var start = index == 0 ? 0 : _ends[index - 1];
            return GeoJsonClaimFile.Row(firstNumber + index, _bytes.AsMemory(start.._ends[index]));
        }

        public override void Release()
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            ArrayPool<int>.Shared.Return(_ends);
            _bytes = [];
            _ends = [];
        }

        private void Append(ReadOnlySpan<byte> feature)
        {
            var used = Used;
            if (used + feature.Length > _bytes.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, used + feature.Length));
                _bytes.AsSpan(0, used).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = larger;
            }

            feature.CopyTo(_bytes.AsSpan(used));
            _ends[_count++] = used + feature.Length;
        }
    }
}
