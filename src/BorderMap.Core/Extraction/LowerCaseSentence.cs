namespace BorderMap.Core.Extraction;

/// <summary>
/// The sentence asked last on this thread, in lower case (invariant culture): the proposer's stages (its numbers, its category, its
/// anchors) each read the same sentence in lower case, so it is lowered once for them all instead of once per stage. Kept per thread
/// and for one sentence only, so thread-safe and bounded; the proposer releases it once a text is read, so that it outlives no text.
/// </summary>
internal static class LowerCaseSentence
{
    [ThreadStatic]
    private static string? _sentence;

    [ThreadStatic]
    private static string? _lower;

    /// <summary>What <c>sentence.ToLowerInvariant()</c> gives, made once for the same sentence (the same string, not only an equal one).</summary>
    public static string Of(string sentence)
    {
        if (!ReferenceEquals(_sentence, sentence) || _lower is null)
        {
            _lower = sentence.ToLowerInvariant();
            _sentence = sentence;
        }

        return _lower;
    }

    /// <summary>Forgets the thread's sentence: called once a text is read.</summary>
    public static void Release() => (_sentence, _lower) = (null, null);
}
