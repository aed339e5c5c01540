namespace DxBot.Protocol.Connector;

/// <summary>Thrown instead of calling a service URL that is not on the allow-list (the token must not go there).</summary>
public sealed class UntrustedServiceUrlException : InvalidOperationException
{
    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static UntrustedServiceUrlException For(string? serviceUrl) =>
        new($"The service URL '{serviceUrl}' is not allowed (see Bot:AllowedServiceUrls); nothing was sent.");
}
