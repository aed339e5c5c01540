using System.Buffers;
using System.Text.Json;
using DxBot.Channels.Line.Payloads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>
/// The webhook itself: limit the body, check the signature before reading anything, queue the events and answer
/// LINE at once. Nothing here waits for the bot.
/// </summary>
internal sealed class LineWebhookHandler(
    IOptionsMonitor<LineOptions> options,
    LineTurnQueue queue,
    LineEventDeduplicator deduplicator,
    LineMetrics metrics,
    ILogger<LineWebhookHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpContext httpContext, string city)
    {
        var settings = options.CurrentValue;
        if (!settings.TryGetChannel(city, out var cityId, out var channel))
        {
            return Results.NotFound();
        }

        var request = httpContext.Request;
        if (request.ContentLength > settings.MaxRequestBodyBytes)
        {
            return Refuse(cityId, StatusCodes.Status413PayloadTooLarge, "too_large");
        }

        var body = await ReadBodyAsync(request.Body, settings.MaxRequestBodyBytes, httpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Refuse(cityId, StatusCodes.Status413PayloadTooLarge, "too_large");
        }

        if (!LineSignatureVerifier.IsValid(body, request.Headers[LineSignatureVerifier.HeaderName].ToString(), channel.ChannelSecret!))
        {
            return Refuse(cityId, StatusCodes.Status401Unauthorized, "bad_signature");
        }

        LineWebhookRequest? callback;
        try
        {
            callback = JsonSerializer.Deserialize<LineWebhookRequest>(body, LineJson.Options);
        }
        catch (JsonException)
        {
            callback = null;
        }

        if (callback?.Events is null)
        {
            return Refuse(cityId, StatusCodes.Status400BadRequest, "malformed");
        }

        // LINE documents no maximum and sends a handful; thousands in one signed body are a replay or a leaked secret,
        // and would flood the queue and the log. The rest are dropped with one line (200, so LINE does not resend it).
        var count = Math.Min(callback.Events.Count, settings.MaxEventsPerRequest);
        if (callback.Events.Count > count)
        {
            LineLog.TooManyEvents(logger, cityId, callback.Events.Count, count);
        }

        var overloaded = false;
        var unreadable = 0;
        var firstUnreadable = -1;
        for (var i = 0; i < count; i++)
        {
            if (!LineWebhookMapper.TryReadEvent(callback.Events[i], out var lineEvent))
            {
                // One event we cannot read must not make LINE redeliver the whole batch; one log line for all of them.
                unreadable++;
                firstUnreadable = firstUnreadable < 0 ? i : firstUnreadable;
                continue;
            }

            overloaded |= !await AcceptAsync(cityId, callback.Destination, lineEvent, httpContext.RequestAborted).ConfigureAwait(false);
        }

        if (unreadable > 0)
        {
            LineLog.EventsUnreadable(logger, cityId, unreadable, firstUnreadable);
        }

        if (overloaded)
        {
            metrics.WebhookRequest(cityId, "overloaded");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        // An empty batch is LINE's "Verify" button: 200 is the whole answer.
        metrics.WebhookRequest(cityId, "ok");
        return Results.Ok();
    }

    private async Task<bool> AcceptAsync(string city, string? destination, LineWebhookEvent lineEvent, CancellationToken cancellationToken)
    {
        metrics.EventReceived(city, lineEvent.Type);
        LineLog.EventReceived(logger, city, lineEvent.Type, lineEvent.Message?.Type, lineEvent.WebhookEventId, lineEvent.IsRedelivery);
        if (LineWebhookMapper.Classify(lineEvent) == LineEventDisposition.Ignore)
        {
            LineLog.EventIgnored(logger, city, lineEvent.Type, lineEvent.WebhookEventId);
            return true;
        }

        if (!await deduplicator.TryRegisterAsync(city, lineEvent.WebhookEventId, cancellationToken).ConfigureAwait(false))
        {
            metrics.DuplicateEvent(city);
            LineLog.DuplicateEvent(logger, city, lineEvent.WebhookEventId);
            return true;
        }

        if (queue.TryEnqueue(new LineWorkItem(city, destination, lineEvent)))
        {
            return true;
        }

        // Forget it so that LINE's redelivery after our 503 is answered.
        await deduplicator.ForgetAsync(city, lineEvent.WebhookEventId, CancellationToken.None).ConfigureAwait(false);
        metrics.EventDropped(city, "queue_full");
        LineLog.QueueFull(logger, city, lineEvent.WebhookEventId);
        return false;
    }

    private IResult Refuse(string city, int status, string reason)
    {
        metrics.WebhookRequest(city, reason);
        LineLog.WebhookRefused(logger, city, reason);
        return Results.StatusCode(status);
    }

    /// <summary>The raw body (the signature covers its exact bytes), or null when it is larger than allowed.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
