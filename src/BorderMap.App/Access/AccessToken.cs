using System.Security.Cryptography;
using System.Text;

namespace BorderMap.App.Access;

/// <summary>
/// One entry of the token file. Only the SHA-256 of the secret is kept, so a leaked token file
/// gives nobody access; the secret itself is shown once, when the token is created.
/// </summary>
internal sealed record AccessToken(AccessRole Role, string Name, string Sha256)
{
    /// <summary>Tokens look like <c>bm_</c> followed by 43 base64url characters (256 random bits).</summary>
    public const string Prefix = "bm_";

    public static string NewSecret() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string RoleName(AccessRole role) => role == AccessRole.Editor ? "editor" : "reader";

    public static AccessRole? ParseRole(string text) => text switch
    {
        "editor" => AccessRole.Editor,
        "reader" => AccessRole.Reader,
        _ => null,
    };

    /// <summary>Why a holder's name cannot be used, or null: names go into history entries and a tab-separated file.</summary>
    public static string? NameProblem(string name) =>
        name.Length == 0 ? "the name is empty"
        : name.Length > 80 ? "the name is longer than 80 characters"
        : name.Any(char.IsControl) ? "the name contains a tab, line break or other control character"
        : name != name.Trim() ? "the name starts or ends with a space"
        : null;

    /// <summary>Base64url without padding: safe in URLs, cookies and the token file.</summary>
    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
