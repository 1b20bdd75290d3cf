namespace BorderMap.GeodataBuild;

/// <summary>
/// A build step failed in a way the user can act on (hash mismatch, missing tool, data that no
/// longer matches the expected layout). Program prints the message and exits with code 2.
/// </summary>
public sealed class GeodataBuildException : Exception
{
    public GeodataBuildException()
    {
    }

    public GeodataBuildException(string message)
        : base(message)
    {
    }

    public GeodataBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
