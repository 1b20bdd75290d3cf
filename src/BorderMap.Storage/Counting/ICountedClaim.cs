namespace BorderMap.Storage.Counting;

/// <summary>
/// What the count tables count of a claim, whichever backend read it: its facet (its first and last day, category, status and
/// precision), its anchor's Web Mercator position, and the actors it names. Its areas are handed beside it.
/// </summary>
internal interface ICountedClaim
{
    string Category { get; }

    string Status { get; }

    /// <summary>Its precision; none (a row of an older store) keeps it out of every count by facet, as the SQL fills keep it.</summary>
    int? Precision { get; }

    /// <summary>The first day of its period, as an ISO date.</summary>
    string FirstDay { get; }

    /// <summary>The last day of its period, as an ISO date.</summary>
    string LastDay { get; }

    /// <summary>Its anchor in Web Mercator metres; not a number when it has none.</summary>
    (double X, double Y) Mercator { get; }

    /// <summary>How many distinct actors it names.</summary>
    int ActorCount { get; }

    /// <summary>The distinct actor of <paramref name="index"/>, from 0 to <see cref="ActorCount"/> − 1.</summary>
    string Actor(int index);
}
