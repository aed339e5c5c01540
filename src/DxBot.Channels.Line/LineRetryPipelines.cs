using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace DxBot.Channels.Line;

/// <summary>
/// The retry pipelines of the reply and push calls, built once per host: the client is resolved for every event,
/// and building and validating them there cost every message its share.
/// </summary>
public sealed class LineRetryPipelines
{
    public LineRetryPipelines(IOptions<LineOptions> options, LineMetrics metrics, TimeProvider timeProvider, ILogger<LineMessagingClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Reply = Build("reply", options.Value.Retry, timeProvider, metrics, logger);
        Push = Build("push", options.Value.Retry, timeProvider, metrics, logger);
    }

    public ResiliencePipeline<HttpResponseMessage> Reply { get; }

    public ResiliencePipeline<HttpResponseMessage> Push { get; }

    private static ResiliencePipeline<HttpResponseMessage> Build(string operation, LineRetryOptions retry, TimeProvider timeProvider, LineMetrics metrics, ILogger logger)
    {
        if (retry.MaxAttempts == 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: { } ex } => LineMessagingClient.IsTransientException(ex, args.Context.CancellationToken),
                    { Result: { } result } => LineMessagingClient.IsTransientStatus((int)result.StatusCode),
                    _ => false,
                }),
                // LINE may say how long to wait; honour it within MaxDelay so a reply token is not wasted waiting.
                DelayGenerator = args =>
                {
                    var retryAfter = args.Outcome.Result?.Headers.RetryAfter;
                    var delay = retryAfter?.Delta ?? (retryAfter?.Date - timeProvider.GetUtcNow());
                    return ValueTask.FromResult(delay > TimeSpan.Zero ? TimeSpan.FromTicks(Math.Min(delay.Value.Ticks, retry.MaxDelay.Ticks)) : (TimeSpan?)null);
                },
                OnRetry = args =>
                {
                    var status = args.Outcome.Result is { } result ? (int)result.StatusCode : (int?)null;
                    metrics.Retry(operation, status);
                    LineLog.Retrying(logger, operation, args.AttemptNumber + 1, status, args.Outcome.Exception?.GetType().Name, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
