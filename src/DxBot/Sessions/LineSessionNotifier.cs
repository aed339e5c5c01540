using DxBot.Channels.Line;
using DxBot.Channels.Line.Payloads;
using DxBot.Dialogs.Topics.SupportSessions.Booking;
using Microsoft.Extensions.Options;

namespace DxBot.Sessions;

/// <summary>
/// Session notices as LINE pushes from the city's account, with the notice's retry key (X-Line-Retry-Key) so that a
/// repeated send is delivered once. Users of other channels are not reachable outside a turn: false.
/// </summary>
public sealed partial class LineSessionNotifier(LineMessagingClient client, IOptions<LineOptions> options, ILogger<LineSessionNotifier> logger) : ISessionNotifier
{
    public async Task<bool> NotifyAsync(string cityId, BookingUser user, string text, Guid retryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Channel != LineWebhookMapper.ChannelId
            || !options.Value.Channels.TryGetValue(cityId, out var channel) || string.IsNullOrWhiteSpace(channel.ChannelAccessToken))
        {
            NotReachable(logger, cityId, user.Channel);
            return false;
        }

        var result = await client.PushAsync(channel.ChannelAccessToken, user.UserId, [new LineTextMessage(text)], retryKey, cancellationToken).ConfigureAwait(false);
        return result.IsSent;
    }

    // The channel and city only: never the user id or the text.
    [LoggerMessage(1, LogLevel.Warning, "A session notice for {City} could not be sent: no LINE channel for a {Channel} user.")]
    private static partial void NotReachable(ILogger logger, string city, string channel);
}
