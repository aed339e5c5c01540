namespace DxBot.TestServers;

/// <summary>A client-credentials request the fake token endpoint answered.</summary>
internal sealed record TokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form, string IssuedToken);
