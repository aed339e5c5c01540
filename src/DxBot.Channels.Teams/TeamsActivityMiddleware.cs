using System.Text.Json;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Teams;

/// <summary>
/// Shapes what Teams sends into what the bot understands before the bot runs: card submissions become messages with
/// the chosen text, the bot's @mention is removed, installation events become a welcome, events the bot has no use
/// for are dropped; and it records what the deployment decides for the turn (audience, city, administrator).
/// </summary>
internal sealed class TeamsActivityMiddleware(
    IOptionsMonitor<TeamsOptions> teamsOptions,
    IOptionsMonitor<TeamsAdminOptions> adminOptions,
    ILogger<TeamsActivityMiddleware> logger) : IMiddleware
{
    public const string StaffAudience = "staff";

    /// <summary>The invoke Teams sends for Adaptive Card Universal Actions (Action.Execute).</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        if (!turnContext.TurnState.ContainsKey(BotFrameworkAdapter.ProactiveTurnKey))
        {
            var normalised = await NormaliseAsync(turnContext, cancellationToken).ConfigureAwait(false);
            if (normalised is null)
            {
                logger.LogDebug("Ignored a {Type} activity the bot does not handle.", turnContext.Activity.Type);
                return;
            }

            turnContext.Activity = normalised;
        }

        SetTurnState(turnContext);
        await next(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Activity?> NormaliseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                if (CardSubmitData.TryReadChoice(activity.Value) is { } submitted)
                {
                    return activity with { Text = submitted };
                }

                return activity.Text is null ? activity : activity with { Text = MentionText.Strip(activity) };

            case ActivityTypes.Invoke:
                var choice = CardSubmitData.TryReadChoice(activity.Value);
                await SendInvokeResponseAsync(turnContext, activity, choice, cancellationToken).ConfigureAwait(false);
                return choice is null ? null : activity with { Type = ActivityTypes.Message, Text = choice, Name = null };

            case ActivityTypes.ConversationUpdate:
                return WelcomeOf(activity);

            default:
                // messageReaction, installationUpdate, typing, events…: answered 200, nothing for the bot to say.
                return null;
        }
    }

    /// <summary>
    /// Only the bot's own arrival deserves a welcome in a team or group chat (not every colleague who joins later).
    /// Teams lists the bot itself as the member added, which Bot Builder's ActivityHandler skips, so the person who
    /// installed it takes its place.
    /// </summary>
    private static Activity? WelcomeOf(Activity activity)
    {
        var added = activity.MembersAdded ?? [];
        if (added.Count == 0)
        {
            return null;
        }

        var botId = activity.Recipient?.Id;
        var botAdded = botId is not null && added.Any(m => m.Id == botId);
        var isPersonal = activity.Conversation?.ConversationType is null or "personal";
        if (!botAdded)
        {
            return isPersonal ? activity : null;
        }

        var others = added.Where(m => m.Id != botId).ToList();
        if (activity.From is { } installer && installer.Id != botId && others.All(m => m.Id != installer.Id))
        {
            others.Add(installer);
        }

        return others.Count == 0 ? null : activity with { MembersAdded = others };
    }

    private static Task SendInvokeResponseAsync(ITurnContext turnContext, Activity invoke, string? choice, CancellationToken cancellationToken)
    {
        // Universal Actions expect an adaptive-card invoke response; a message response tells Teams the answer
        // arrives as a normal message.
        object? body = invoke.Name == AdaptiveCardActionInvoke
            ? new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = choice ?? string.Empty }
            : null;
        var response = new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = JsonSerializer.SerializeToElement(new InvokeResponse(200, body), ProtocolJson.Options),
        };
        return turnContext.SendActivityAsync(response, cancellationToken);
    }

    private void SetTurnState(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        turnContext.TurnState[TurnStateKeys.Audience] = StaffAudience;

        if (teamsOptions.CurrentValue.CityOf(TeamsChannelData.GetTenantId(activity)) is { } city)
        {
            turnContext.TurnState[TurnStateKeys.BoundCity] = city;
        }
        else
        {
            turnContext.TurnState.Remove(TurnStateKeys.BoundCity);
        }

        // An unauthenticated (emulator) request names whatever aadObjectId it likes: it never gets admin rights.
        var authenticated = turnContext.TurnState.TryGetValue(BotFrameworkAdapter.AuthenticatedTurnKey, out var flag) && flag is true;
        var objectId = activity.From?.AadObjectId;
        var namesAdmin = !string.IsNullOrWhiteSpace(objectId)
            && adminOptions.CurrentValue.Users.Any(u => string.Equals(u.Trim(), objectId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (namesAdmin && !authenticated)
        {
            logger.LogWarning("An unauthenticated request named an administrator's aadObjectId; it is treated as a non-administrator.");
        }

        turnContext.TurnState[TurnStateKeys.IsAdmin] = namesAdmin && authenticated;
    }
}
