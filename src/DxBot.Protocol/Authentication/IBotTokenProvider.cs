namespace DxBot.Protocol.Authentication;

/// <summary>Supplies the bot's access token for calls to the Bot Connector service.</summary>
public interface IBotTokenProvider
{
    /// <summary>Returns a valid token, from cache while it is not near expiry.</summary>
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
