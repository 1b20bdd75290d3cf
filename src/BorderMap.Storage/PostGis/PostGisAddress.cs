using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Recognises a PostgreSQL store location: a <c>postgresql://user[:password]@host[:port]/database</c>
/// URI (also <c>postgres://</c>; query parameters are passed on as Npgsql settings) or an Npgsql
/// connection string (<c>Host=…;Database=…</c>). Anything else is a GeoPackage path.
/// </summary>
public static class PostGisAddress
{
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.TrimStart().StartsWith("host=", StringComparison.OrdinalIgnoreCase)
        || (location.Contains(';', StringComparison.Ordinal) && location.Contains("host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string for <paramref name="location"/>.</summary>
    /// <exception cref="StoreFormatException">the address cannot be read.</exception>
    public static NpgsqlConnectionStringBuilder ConnectionString(string location)
    {
        try
        {
            if (!location.Contains("://", StringComparison.Ordinal))
            {
                return new NpgsqlConnectionStringBuilder(location);
            }

            var uri = new Uri(location);
            var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
            if (uri.Port > 0)
            {
                builder.Port = uri.Port;
            }

            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length == 2)
                {
                    builder.Password = Uri.UnescapeDataString(parts[1]);
                }
            }

            var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0)
            {
                builder.Database = database;
            }

            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, string.Empty);
                builder[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(value);
            }

            return builder;
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or FormatException or KeyNotFoundException)
        {
            throw new StoreFormatException(Describe(location), $"not a PostgreSQL address: {e.Message}");
        }
    }

    /// <summary>The address for messages, never with its password.</summary>
    public static string Describe(string location)
    {
        try
        {
            var builder = location.Contains("://", StringComparison.Ordinal) ? null : new NpgsqlConnectionStringBuilder(location);
            if (builder is null)
            {
                var uri = new Uri(location);
                var user = uri.UserInfo.Split(':')[0];
                return $"postgresql://{(user.Length > 0 ? user + "@" : string.Empty)}{uri.Host}{(uri.Port > 0 ? ":" + uri.Port : string.Empty)}{uri.AbsolutePath}";
            }

            return Describe(builder);
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or FormatException or KeyNotFoundException)
        {
            return "postgresql://(unreadable address)";
        }
    }

    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgresql://{(builder.Username is { Length: > 0 } user ? user + "@" : string.Empty)}{builder.Host}:{builder.Port}/{builder.Database}";

    /// <summary>
    /// Names a pool's sessions after their job (<c>application_name</c>, as <c>pg_stat_activity</c> shows it),
    /// after the name the address gave, if any: an operator sees which of the app's sessions is which.
    /// </summary>
    internal static NpgsqlConnectionStringBuilder Named(this NpgsqlConnectionStringBuilder builder, string job)
    {
        builder.ApplicationName = string.IsNullOrEmpty(builder.ApplicationName) ? $"bordermap {job}" : $"{builder.ApplicationName} ({job})";
        return builder;
    }
}
