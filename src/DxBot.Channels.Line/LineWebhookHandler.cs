using System.Buffers;
using System.Text.Json;
using DxBot.Channels.Line.Payloads;
using DxBot.Protocol.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>
/// The webhook itself: limit the body, check the signature before reading anything, keep the events in the journal,
/// queue them and answer LINE at once. Nothing here waits for the bot.
/// </summary>
internal sealed class LineWebhookHandler(
    IOptionsMonitor<LineOptions> options,
    LineTurnQueue queue,
    IEventJournal journal,
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

        var accepted = new List<(LineWebhookEvent Event, JsonElement Json)>(count);
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

            if (await IsNewAsync(cityId, lineEvent, httpContext.RequestAborted).ConfigureAwait(false))
            {
                accepted.Add((lineEvent, callback.Events[i]));
            }
        }

        if (unreadable > 0)
        {
            LineLog.EventsUnreadable(logger, cityId, unreadable, firstUnreadable);
        }

        if (!await QueueAsync(cityId, callback.Destination, accepted).ConfigureAwait(false))
        {
            metrics.WebhookRequest(cityId, "overloaded");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        // An empty batch is LINE's "Verify" button: 200 is the whole answer.
        metrics.WebhookRequest(cityId, "ok");
        return Results.Ok();
    }

    /// <summary>True for an event to answer: one that needs an answer and was not received before.</summary>
    private async Task<bool> IsNewAsync(string city, LineWebhookEvent lineEvent, CancellationToken cancellationToken)
    {
        metrics.EventReceived(city, lineEvent.Type);
        LineLog.EventReceived(logger, city, lineEvent.Type, lineEvent.Message?.Type, lineEvent.WebhookEventId, lineEvent.IsRedelivery);
        if (LineWebhookMapper.Classify(lineEvent) == LineEventDisposition.Ignore)
        {
            LineLog.EventIgnored(logger, city, lineEvent.Type, lineEvent.WebhookEventId);
            return false;
        }

        if (!await deduplicator.TryRegisterAsync(city, lineEvent.WebhookEventId, cancellationToken).ConfigureAwait(false))
        {
            metrics.DuplicateEvent(city);
            LineLog.DuplicateEvent(logger, city, lineEvent.WebhookEventId);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Writes the batch's events to the journal and queues them as soon as they are kept (a kill of this process can no
    /// longer lose them), then waits until they are durable (LINE's 200 promises an answer even if the machine fails
    /// next); false when any could not be kept or made durable, so that LINE is told 503 and redelivers. The turns do not
    /// wait for the disk: a slow sync delays LINE's 200, not the resident's answer.
    /// </summary>
    private async Task<bool> QueueAsync(string city, string? destination, List<(LineWebhookEvent Event, JsonElement Json)> accepted)
    {
        if (accepted.Count == 0)
        {
            return true;
        }

        // Not cancelled with the request: an append half done is better finished than left to guess about.
        var append = journal.Append([.. accepted.Select(a => LineJournalPayload.Write(city, destination, a.Json))], CancellationToken.None);
        IReadOnlyList<JournalReceipt> receipts;
        try
        {
            receipts = await append.Kept.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Durable failed with it; observed here so that its exception is not reported as unobserved.
            _ = append.Durable.Exception;
            LineJournalLog.AppendFailed(logger, city, e.GetType().Name);
            foreach (var (lineEvent, _) in accepted)
            {
                metrics.EventDropped(city, "journal_failed");
                await deduplicator.ForgetAsync(city, lineEvent.WebhookEventId, CancellationToken.None).ConfigureAwait(false);
            }

            return false;
        }

        var queued = true;
        for (var i = 0; i < accepted.Count; i++)
        {
            var lineEvent = accepted[i].Event;
            if (queue.TryEnqueue(new LineWorkItem(city, destination, lineEvent, receipts[i])))
            {
                continue;
            }

            // Forget it so that LINE's redelivery after our 503 is answered, here or on another instance.
            await journal.CompleteAsync(receipts[i], CancellationToken.None).ConfigureAwait(false);
            await deduplicator.ForgetAsync(city, lineEvent.WebhookEventId, CancellationToken.None).ConfigureAwait(false);
            metrics.EventDropped(city, "queue_full");
            LineLog.QueueFull(logger, city, lineEvent.WebhookEventId);
            queued = false;
        }

        try
        {
            await append.Durable.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The events are queued and will be answered while this process lives, and remembered, so LINE's redelivery
            // after the 503 is dropped; should the process die first, the redelivery reaches a run that has not seen it.
            LineJournalLog.SyncFailed(logger, city, e.GetType().Name);
            return false;
        }

        return queued;
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
