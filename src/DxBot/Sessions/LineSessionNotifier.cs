using DxBot.Channels.Line;
using DxBot.Channels.Line.Payloads;
using DxBot.Dialogs.Topics.SupportSessions.Booking;
using DxBot.Handoff;
using Microsoft.Extensions.Options;

namespace DxBot.Sessions;

/// <summary>
/// Session notices as LINE pushes from the city's account, with the notice's retry key (X-Line-Retry-Key) so that a
/// repeated send is delivered once, counted with the city's other pushes against its monthly quota. Users of other
/// channels are not reachable outside a turn: false.
/// </summary>
public sealed partial class LineSessionNotifier(
    LineMessagingClient client,
    IOptions<LineOptions> options,
    IOptions<SessionsOptions> sessions,
    HandoffStore pushes,
    TimeProvider time,
    ILogger<LineSessionNotifier> logger) : ISessionNotifier
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
        if (result.IsSent)
        {
            await pushes.CountPushesAsync(cityId, time.GetUtcNow(), 1, cancellationToken).ConfigureAwait(false);
        }

        return result.IsSent;
    }

    /// <summary>
    /// Multicast in batches (narrowcast would need audiences of 50 or more), only when the month's quota covers every
    /// recipient: a half-sent announcement would tell some residents and not others. Each batch has its own retry key.
    /// </summary>
    public async Task<AnnouncementResult> AnnounceAsync(string cityId, IReadOnlyList<BookingUser> users, string text, Guid retryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        var recipients = users.Where(u => u.Channel == LineWebhookMapper.ChannelId).Select(u => u.UserId).Distinct(StringComparer.Ordinal).ToList();
        if (recipients.Count == 0 || !options.Value.Channels.TryGetValue(cityId, out var channel) || string.IsNullOrWhiteSpace(channel.ChannelAccessToken))
        {
            return new AnnouncementResult(users.Count, 0, false);
        }

        var token = channel.ChannelAccessToken;
        if (await client.GetRemainingQuotaAsync(token, cancellationToken).ConfigureAwait(false) is { } remaining && remaining < recipients.Count)
        {
            QuotaShort(logger, cityId, recipients.Count, remaining);
            return new AnnouncementResult(users.Count, 0, true);
        }

        var sent = 0;
        var batch = 0;
        foreach (var chunk in recipients.Chunk(Math.Min(sessions.Value.AnnouncementBatchSize, LineMulticastRequest.MaxRecipients)))
        {
            var key = BatchKey(retryKey, batch++);
            var result = await client.MulticastAsync(token, chunk, [new LineTextMessage(text)], key, cancellationToken).ConfigureAwait(false);
            if (result.IsSent)
            {
                sent += chunk.Length;
            }
        }

        if (sent > 0)
        {
            await pushes.CountPushesAsync(cityId, time.GetUtcNow(), sent, cancellationToken).ConfigureAwait(false);
        }

        return new AnnouncementResult(users.Count, sent, false);
    }

    private static Guid BatchKey(Guid retryKey, int batch)
    {
        var bytes = retryKey.ToByteArray();
        bytes[0] ^= (byte)batch;
        bytes[1] ^= (byte)(batch >> 8);
        return new Guid(bytes);
    }

    [LoggerMessage(2, LogLevel.Warning, "A session announcement for {City} was not sent: {Recipients} recipients, {Remaining} messages left this month.")]
    private static partial void QuotaShort(ILogger logger, string city, int recipients, long remaining);

    // The channel and city only: never the user id or the text.
    [LoggerMessage(1, LogLevel.Warning, "A session notice for {City} could not be sent: no LINE channel for a {Channel} user.")]
    private static partial void NotReachable(ILogger logger, string city, string channel);
}
