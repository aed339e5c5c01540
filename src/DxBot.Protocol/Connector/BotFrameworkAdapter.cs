using System.Text.Json;
using DxBot.Protocol.Authentication;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Diagnostics;
using DxBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Protocol.Connector;

/// <summary>
/// The Bot Framework channel adapter: authenticates a request from the Bot Connector service, runs the turn, and sends
/// the bot's activities back through the connector's REST API. Invoke activities are answered in the HTTP response.
/// </summary>
public class BotFrameworkAdapter : BotAdapter
{
    /// <summary>TurnState key of the <c>invokeResponse</c> activity the bot sent during an invoke turn.</summary>
    public const string InvokeResponseKey = "DxBot.BotFramework.InvokeResponse";

    /// <summary>TurnState key (bool true) marking a turn started by <see cref="ContinueConversationAsync"/>.</summary>
    public const string ProactiveTurnKey = "DxBot.BotFramework.Proactive";

    /// <summary>
    /// TurnState key (bool) saying whether the request carried a validated Bot Connector token; false for emulator
    /// mode's anonymous requests, whose sender ids are whatever the caller wrote.
    /// </summary>
    public const string AuthenticatedTurnKey = "DxBot.BotFramework.Authenticated";

    /// <summary>The event name of proactive turns, as in Bot Builder.</summary>
    public const string ContinueConversationEventName = "ContinueConversation";

    private readonly BotFrameworkAuthenticator _authenticator;
    private readonly ConnectorClient _connector;
    private readonly BotFrameworkOptions _options;
    private readonly HashSet<string> _allowedTenants;
    private readonly ILogger _logger;

    public BotFrameworkAdapter(BotFrameworkAuthenticator authenticator, ConnectorClient connector, IOptions<BotFrameworkOptions> options, ILogger<BotFrameworkAdapter> logger)
        : this(authenticator, connector, options, (ILogger)logger)
    {
    }

    /// <summary>For derived adapters, which log under their own category.</summary>
    protected BotFrameworkAdapter(BotFrameworkAuthenticator authenticator, ConnectorClient connector, IOptions<BotFrameworkOptions> options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(authenticator);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _authenticator = authenticator;
        _connector = connector;
        _options = options.Value;
        _allowedTenants = new HashSet<string>(_options.AllowedTenants.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        _logger = logger;
    }

    /// <summary>
    /// Handles one POST to the messaging endpoint: 401 when the caller is not the Bot Connector service (nothing is
    /// read further), 503 when the signing keys cannot be fetched, 400 for a malformed activity, 403 for a tenant or
    /// service URL this deployment does not serve, otherwise the turn runs and the answer is 200 (or, for an invoke,
    /// the bot's invoke response).
    /// </summary>
    public async Task ProcessAsync(HttpRequest request, HttpResponse response, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(callback);

        BotAuthenticationResult authentication;
        try
        {
            authentication = await _authenticator.AuthenticateRequestAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException)
        {
            // The signing keys could not be fetched: nobody can be authenticated, and the connector will retry.
            _logger.LogError(ex, "Could not get the Bot Connector signing keys from {MetadataUrl}.", _options.OpenIdMetadataUrl);
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!authentication.Succeeded)
        {
            _logger.LogWarning("Rejected a request to the messaging endpoint: {Reason}", authentication.FailureReason);
            Challenge(response);
            return;
        }

        var activity = await ReadActivityAsync(request, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            response.StatusCode = request.HasJsonContentType() ? StatusCodes.Status400BadRequest : StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        authentication = _authenticator.ValidateActivity(authentication, activity);
        if (!authentication.Succeeded)
        {
            _logger.LogWarning("Rejected activity {ActivityId}: {Reason}", activity.Id, authentication.FailureReason);
            Challenge(response);
            return;
        }

        if (_allowedTenants.Count > 0 && (GetTenantId(activity) is not { } tenant || !_allowedTenants.Contains(tenant)))
        {
            _logger.LogWarning("Ignored activity {ActivityId} from tenant {TenantId}, which is not in Bot:AllowedTenants.", activity.Id, GetTenantId(activity));
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (!_connector.Policy.IsAllowed(activity.ServiceUrl))
        {
            // The bot could not answer anyway, and running the turn could still have effects (admin commands).
            _logger.LogWarning("Ignored activity {ActivityId}: its serviceUrl {ServiceUrl} is not allowed (Bot:AllowedServiceUrls).", activity.Id, activity.ServiceUrl);
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        // Everything logged from here to the end of the turn, error handler included, carries the turn's id.
        using var scope = TurnLogScope.Begin(_logger, activity.Id, activity.ChannelId, GetCity(activity));
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState[AuthenticatedTurnKey] = !authentication.IsAnonymous;
        await RunPipelineWithTimeoutAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);

        if (activity.Type == ActivityTypes.Invoke)
        {
            await WriteInvokeResponseAsync(turnContext, response, cancellationToken).ConfigureAwait(false);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>Runs a proactive turn in a known conversation: what the bot sends goes to the conversation, not as a reply.</summary>
    public async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = ContinueConversationEventName,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        using var scope = TurnLogScope.Begin(_logger, null, activity.ChannelId, GetCity(activity));
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState[ProactiveTurnKey] = true;
        await RunPipelineAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                // Not a message: it is the synchronous answer, written to the HTTP response after the turn.
                turnContext.TurnState[InvokeResponseKey] = activity;
                responses[i] = new ResourceResponse(null);
                continue;
            }

            // Bot Framework channels (Teams, Web Chat) show the text, which says what an answer card shows.
            var outgoing = PrepareOutgoingActivity(turnContext, AnswerCard.WithoutCards(activity));
            var serviceUrl = outgoing.ServiceUrl ?? turnContext.Activity.ServiceUrl
                ?? throw new InvalidOperationException("The activity has no serviceUrl to send it to.");
            var conversationId = outgoing.Conversation?.Id ?? turnContext.Activity.Conversation?.Id
                ?? throw new InvalidOperationException("The activity has no conversation to send it to.");

            responses[i] = string.IsNullOrEmpty(outgoing.ReplyToId)
                ? await _connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, cancellationToken).ConfigureAwait(false)
                : await _connector.ReplyToActivityAsync(serviceUrl, conversationId, outgoing.ReplyToId, outgoing, cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    /// <summary>
    /// Runs the turn for at most <see cref="BotFrameworkOptions.TurnTimeout"/>: a hung dialog is cancelled and handed
    /// to the turn error handler (which apologises), instead of holding the connector's request and the user forever.
    /// </summary>
    private async Task RunPipelineWithTimeoutAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var timeout = _options.TurnTimeout;
        using var timer = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await RunPipelineAsync(turnContext, callback, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError("The turn ran over {Timeout} (Bot:TurnTimeout) and was cancelled.", timeout);
            if (OnTurnError is { } onTurnError && turnContext.Activity.Type == ActivityTypes.Message)
            {
                await onTurnError(turnContext, new TimeoutException($"The turn ran over {timeout}.")).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Lets a channel adapt what the bot sends (e.g. render cards) just before it goes on the wire.</summary>
    protected virtual Activity PrepareOutgoingActivity(ITurnContext turnContext, Activity activity) => activity;

    /// <summary>The city a turn is bound to, for its log scope (null when the channel does not bind one).</summary>
    protected virtual string? GetCity(Activity activity) => null;

    /// <summary>The tenant an activity comes from, for <c>Bot:AllowedTenants</c>.</summary>
    protected virtual string? GetTenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.TenantId;
    }

    private static void Challenge(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer";
    }

    private async Task<Activity?> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            _logger.LogWarning("The messaging endpoint received malformed JSON: {Message}", LogRedaction.Mask(ex.Message));
            return null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type) || string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            _logger.LogWarning("The messaging endpoint received an activity without type, serviceUrl or conversation.");
            return null;
        }

        return activity;
    }

    private static async Task WriteInvokeResponseAsync(ITurnContext turnContext, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!turnContext.TurnState.TryGetValue(InvokeResponseKey, out var value) || value is not Activity { Value: { } payload })
        {
            // Bot Builder's answer when no handler claimed the invoke.
            response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        var invokeResponse = payload.Deserialize<InvokeResponse>(ProtocolJson.Options);
        response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status200OK;
        if (invokeResponse?.Body is { } body)
        {
            await response.WriteAsJsonAsync(body, body.GetType(), ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
        }
    }
}
