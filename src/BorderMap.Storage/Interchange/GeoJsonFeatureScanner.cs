using System.Text.Json;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Walks a GeoJSON FeatureCollection in a stream and hands out each member of its <c>features</c>
/// array as its own UTF-8 bytes, so a file of any size is read holding one buffer and one feature.
/// <para>
/// Algorithm: a <see cref="Utf8JsonReader"/> runs over a buffer that is refilled from the stream.
/// Between refills the reader's <see cref="JsonReaderState"/> is kept and the unconsumed tail is
/// moved to the front of the buffer. A feature is only handed out once all its tokens are in the
/// buffer; when one does not fit, the scan restarts from the feature's first token after a refill,
/// and the buffer doubles only when it is full of that one feature (up to
/// <see cref="MaxFeatureBytes"/>). Members of the top-level object other than <c>type</c> and
/// <c>features</c> (<c>name</c>, <c>crs</c>, <c>bbox</c> as ogr2ogr writes them) are stepped over
/// token by token, so they cost no memory either.
/// </para>
/// <para>
/// The structure is checked strictly: the top level is an object whose <c>type</c> is exactly
/// <c>FeatureCollection</c> and which has a <c>features</c> array, with nothing after it. Every token
/// is checked by <see cref="JsonTokenCheck"/>. Each defect is a <see cref="ClaimFileException"/>
/// naming the feature and byte offset (or line and column for malformed JSON). Not thread-safe.
/// </para>
/// </summary>
internal sealed class GeoJsonFeatureScanner(Stream input)
{
    /// <summary>The largest single feature (or other top-level member token) read; a claim is a few KiB.</summary>
    public const int MaxFeatureBytes = 64 << 20;

    private const int InitialBufferBytes = 1 << 16;
    private const int MaxMembersNamed = 5;

    private readonly GeoJsonRootMembers _root = new();
    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _finalBlock;
    private JsonReaderState _state;
    private Phase _phase = Phase.BeforeRoot;
    private int _skipDepth;
    private bool _featuresSeen;

    private enum Phase
    {
        BeforeRoot,
        InRoot,
        SkippingMember,
        InFeatures,
        AfterRoot,
    }

    private enum Step
    {
        Continue,
        Feature,
        NeedMoreData,
        End,
    }

    /// <summary>How many features have been handed out so far; the last one's 1-based number.</summary>
    public int FeatureCount { get; private set; }

    /// <summary>The bytes of a bundle's top-level <c>sources</c> member once it has been read (see <see cref="BundleSources"/>); null until then.</summary>
    public byte[]? SourcesJson { get; private set; }

    /// <summary>The bytes of a bundle's top-level <c>events</c> member once it has been read (see <see cref="BundleEvents"/>); null until then.</summary>
    public byte[]? EventsJson { get; private set; }

    /// <summary>The next feature's bytes, or null once the whole document has been read and found well-formed.</summary>
    /// <exception cref="ClaimFileException">the document is malformed or not a FeatureCollection.</exception>
    public byte[]? Next()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
            Step step;
            byte[]? feature;
            try
            {
                step = Advance(ref reader, out feature);
            }
            catch (JsonException e)
            {
                throw Malformed(e);
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (step != Step.NeedMoreData)
            {
                return feature;
            }

            Refill();
        }
    }

    /// <summary>Reads tokens until a feature is complete, the buffer runs out, or the document ends.</summary>
    private Step Advance(ref Utf8JsonReader reader, out byte[]? feature)
    {
        feature = null;
        while (true)
        {
            var checkpoint = reader;
            if (!reader.Read())
            {
                reader = checkpoint;
                return _finalBlock && _phase == Phase.AfterRoot ? Step.End : Step.NeedMoreData;
            }

            Check(ref reader);
            var step = Step.Continue;
            switch (_phase)
            {
                case Phase.BeforeRoot:
                    StartRoot(ref reader);
                    break;
                case Phase.InRoot:
                    step = TryReadMember(ref reader) ? Step.Continue : Step.NeedMoreData;
                    break;
                case Phase.SkippingMember:
                    SkipMember(ref reader);
                    break;
                case Phase.InFeatures:
                    step = ReadFeature(ref reader, out feature);
                    break;
            }

            if (step == Step.NeedMoreData)
            {
                reader = checkpoint;
            }

            if (step != Step.Continue)
            {
                return step;
            }
        }
    }

    private void StartRoot(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Defect(ref reader, $"the file holds {JsonTokenCheck.Describe(reader.TokenType)}; a claims file is a GeoJSON FeatureCollection object");
        }

        _phase = Phase.InRoot;
    }

    /// <summary>Reads one member of the top-level object with its value's first token, or its closing brace; false when the value is not in the buffer yet.</summary>
    private bool TryReadMember(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _root.CheckComplete(Offset(ref reader));
            _phase = Phase.AfterRoot;
            return true;
        }

        var name = reader.GetString()!;
        if (!reader.Read())
        {
            return false;
        }

        Check(ref reader);
        var offset = Offset(ref reader);
        switch (name)
        {
            case "type":
                _root.SetType(reader.TokenType == JsonTokenType.String ? reader.GetString() : null, JsonTokenCheck.Describe(reader.TokenType), offset);
                break;
            case "sources":
                return TryReadListed(ref reader, offset, "sources", SourcesJson, json => SourcesJson = json);
            case "events":
                return TryReadListed(ref reader, offset, "events", EventsJson, json => EventsJson = json);
            case "features":
                _root.SetFeatures(JsonTokenCheck.Describe(reader.TokenType), reader.TokenType == JsonTokenType.StartArray, offset);
                _phase = Phase.InFeatures;
                _featuresSeen = true;
                break;
            default:
                _root.NoteOther(name, MaxMembersNamed);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _skipDepth = reader.CurrentDepth;
                    _phase = Phase.SkippingMember;
                }

                break;
        }

        return true;
    }

    /// <summary>
    /// A bundle's sources or events, whole; they must come before the features: the claims are
    /// checked against the sources' texts as the features stream past, and the events are read in
    /// the import's first pass, which stops at the first feature.
    /// </summary>
    private bool TryReadListed(ref Utf8JsonReader reader, long offset, string name, byte[]? seen, Action<byte[]> keep)
    {
        if (_featuresSeen || seen is not null)
        {
            throw new ClaimFileException($"byte {offset}", seen is null ? $"\"{name}\" comes after \"features\"; a bundle lists its {name} first" : $"the top-level object has \"{name}\" twice");
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new ClaimFileException($"byte {offset}", $"\"{name}\" is {JsonTokenCheck.Describe(reader.TokenType)}; it must be an array of {name}");
        }

        if (!TryTakeValue(ref reader, out var json))
        {
            return false;
        }

        keep(json!);
        return true;
    }

    /// <summary>A member of the features array, whole, or the array's end.</summary>
    private Step ReadFeature(ref Utf8JsonReader reader, out byte[]? feature)
    {
        feature = null;
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _phase = Phase.InRoot;
            return Step.Continue;
        }

        if (!TryTakeValue(ref reader, out feature))
        {
            return Step.NeedMoreData;
        }

        FeatureCount++;
        return Step.Feature;
    }

    private void SkipMember(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth == _skipDepth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
        {
            _phase = Phase.InRoot;
        }
    }

    /// <summary>Steps over the value starting at the current token and copies its bytes; false when it does not end inside the buffer.</summary>
    private bool TryTakeValue(ref Utf8JsonReader reader, out byte[]? value)
    {
        value = null;
        var start = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = reader.CurrentDepth;
            do
            {
                if (!reader.Read())
                {
                    return false;
                }

                Check(ref reader);
            }
            while (reader.CurrentDepth != depth || reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray));
        }

        value = _buffer.AsSpan(_start + start, (int)reader.BytesConsumed - start).ToArray();
        return true;
    }

    private void Check(ref Utf8JsonReader reader)
    {
        if (JsonTokenCheck.Problem(ref reader) is { } problem)
        {
            throw Defect(ref reader, problem);
        }
    }

    /// <summary>Moves the unconsumed tail to the front, grows the buffer if one feature fills it, and reads more.</summary>
    private void Refill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxFeatureBytes)
            {
                throw new ClaimFileException(Where(_bufferOffset), $"{(_phase == Phase.InFeatures ? "the feature" : "a value")} is larger than {MaxFeatureBytes >> 20} MiB; a claim is far smaller");
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxFeatureBytes));
        }

        var read = input.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _finalBlock = read == 0;
    }

    private long Offset(ref Utf8JsonReader reader) => _bufferOffset + _start + reader.TokenStartIndex;

    /// <summary>Where a defect is: the feature being read, if any, and the byte offset in the file.</summary>
    private string Where(long offset) => _phase == Phase.InFeatures ? $"feature {FeatureCount + 1}, byte {offset}" : $"byte {offset}";

    private ClaimFileException Defect(ref Utf8JsonReader reader, string message) => new(Where(Offset(ref reader)), message);

    private ClaimFileException Malformed(JsonException e)
    {
        if (_bufferOffset + _end == 0)
        {
            return new ClaimFileException("byte 0", "the file is empty; a claims file is a GeoJSON FeatureCollection");
        }

        var line = (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;
        var message = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0];
        var where = _phase == Phase.InFeatures ? $"feature {FeatureCount + 1}" : "file";
        return new ClaimFileException(where, $"malformed JSON at line {line}, column {column}: {message}");
    }
}
