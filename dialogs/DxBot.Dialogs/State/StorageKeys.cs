using System.Security.Cryptography;
using System.Text;

namespace DxBot.Dialogs.State;

/// <summary>
/// State keys hold channel user ids, which must not appear in clear on disk or in a shared server: stores name
/// documents by this hash instead.
/// </summary>
public static class StorageKeys
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
