namespace BorderMap.Core.Geocoding;

/// <summary>How well a name matched a query, before the place itself is weighed: 1 exact, lower for looser rules.</summary>
public readonly record struct NameMatch
{
    // With a closing, the reason is the opening, the name's own text and the closing: a text reads many names whose reasons are read
    // only for the few candidates kept, so that reason is put together when read, not for every match.
    private readonly string _opening;
    private readonly string? _closing;

    public NameMatch(NameRef name, double strength, string how)
    {
        Name = name;
        Strength = strength;
        _opening = how;
    }

    /// <summary>A match whose reason is <paramref name="opening"/>, the name's text and <paramref name="closing"/>, joined when read.</summary>
    public NameMatch(NameRef name, double strength, string opening, string closing)
        : this(name, strength, opening)
    {
        _closing = closing;
    }

    public NameRef Name { get; }

    public double Strength { get; }

    /// <summary>Why the name matched, in words ("matched the name ‘Ishkashim’").</summary>
    public string How => _closing is null ? _opening : string.Concat(_opening, Name.Name.Text, _closing);
}
