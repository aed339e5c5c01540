using DxBot.Channels.Teams.Cards;
using DxBot.Protocol.Authentication;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Teams;

/// <summary>
/// The Bot Framework adapter as Teams needs it: Teams normalisation before the bot (and before the host's middleware,
/// which should see the question as staff typed it), Adaptive Card rendering of what it sends, the tenant read from
/// Teams' channel data, and the host's turn error handler (or a plain apology without one).
/// </summary>
public sealed class TeamsBotAdapter : BotFrameworkAdapter
{
    private readonly IOptionsMonitor<TeamsOptions> _teamsOptions;

    internal TeamsBotAdapter(
        BotFrameworkAuthenticator authenticator,
        ConnectorClient connector,
        IOptions<BotFrameworkOptions> options,
        IOptionsMonitor<TeamsOptions> teamsOptions,
        TeamsActivityMiddleware teamsMiddleware,
        IEnumerable<IMiddleware> middleware,
        ITurnErrorHandler? turnErrorHandler,
        ILogger<TeamsBotAdapter> logger)
        : base(authenticator, connector, options, logger)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _teamsOptions = teamsOptions;
        Use(teamsMiddleware);
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = turnErrorHandler is not null ? turnErrorHandler.HandleAsync : async (turnContext, exception) =>
        {
            // The type and stack only: an exception's message may quote what the user typed.
            logger.LogError("The bot failed on a {Type} activity in conversation {ConversationId}: {ExceptionType}\n{StackTrace}",
                turnContext.Activity.Type, turnContext.Activity.Conversation?.Id, exception.GetType().FullName, exception.StackTrace);
            if (turnContext.Activity.Type != ActivityTypes.Message)
            {
                return;
            }

            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(TeamsMessages.TurnError)).ConfigureAwait(false);
            }
            catch (Exception sendFailure) when (sendFailure is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                logger.LogError(sendFailure, "Could not tell the user about the failure either.");
            }
        };
    }

    protected override Activity PrepareOutgoingActivity(ITurnContext turnContext, Activity activity) =>
        StaffCardRenderer.Render(activity, _teamsOptions.CurrentValue.SendTextWithCard);

    protected override string? GetTenantId(Activity activity) => TeamsChannelData.GetTenantId(activity);

    protected override string? GetCity(Activity activity) => _teamsOptions.CurrentValue.CityOf(TeamsChannelData.GetTenantId(activity));
}
