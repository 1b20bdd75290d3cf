namespace BorderMap.Core.Events;

/// <summary>How a reported number is hedged: "1,037", "more than 1,000", "around 1,000", …</summary>
public enum NumberQualifier
{
    Exact,
    MoreThan,
    AtLeast,
    About,
    Nearly,
    UpTo,
}

/// <summary>
/// One number a claim reports (its <c>numbers</c> key and value), with the hedge and whether it is a
/// running total ("nearly 1,600 in all") rather than one occurrence, as read from the claim's words.
/// </summary>
public sealed record QuantityStatement(string Key, double Value, NumberQualifier Qualifier, bool Cumulative)
{
    /// <summary>"About" allows this share either way; "nearly" this share below.</summary>
    public const double Tolerance = 0.1;

    /// <summary>The values the statement allows, bounds included unless the qualifier excludes them.</summary>
    public (double Low, bool LowIncluded, double High, bool HighIncluded) Range => Qualifier switch
    {
        NumberQualifier.MoreThan => (Value, false, double.PositiveInfinity, false),
        NumberQualifier.AtLeast => (Value, true, double.PositiveInfinity, false),
        NumberQualifier.About => (Value * (1 - Tolerance), true, Value * (1 + Tolerance), true),
        NumberQualifier.Nearly => (Value * (1 - Tolerance), true, Value, false),
        NumberQualifier.UpTo => (0, true, Value, true),
        _ => (Value, true, Value, true),
    };

    /// <summary>Whether some value satisfies both statements.</summary>
    public bool Overlaps(QuantityStatement other)
    {
        var (lowA, lowInA, highA, highInA) = Range;
        var (lowB, lowInB, highB, highInB) = other.Range;
        var low = Math.Max(lowA, lowB);
        var high = Math.Min(highA, highB);
        if (low < high)
        {
            return true;
        }

        // Equal bounds meet only where both include them.
        return low == high && Includes(low, lowA, lowInA, highA, highInA) && Includes(low, lowB, lowInB, highB, highInB);
    }

    public string Describe() => $"{QualifierWords(Qualifier)}{Value:#,0.##}{(Cumulative ? " in all" : string.Empty)}";

    private static bool Includes(double x, double low, bool lowIn, double high, bool highIn) =>
        (x > low || (lowIn && x == low)) && (x < high || (highIn && x == high));

    private static string QualifierWords(NumberQualifier qualifier) => qualifier switch
    {
        NumberQualifier.MoreThan => "more than ",
        NumberQualifier.AtLeast => "at least ",
        NumberQualifier.About => "about ",
        NumberQualifier.Nearly => "nearly ",
        NumberQualifier.UpTo => "up to ",
        _ => string.Empty,
    };
}
