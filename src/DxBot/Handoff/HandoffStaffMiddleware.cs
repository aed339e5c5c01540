using System.Text.Json;
using DxBot.Channels.Line;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Handoff;

/// <summary>
/// The staff side in Teams, before the bot: the buttons of handoff cards (their submits carry <c>{"handoff": …}</c>)
/// are handled here, only for staff of the request's own city (the tenant's city); and when the bot is added to a team
/// channel of a city, that channel becomes the city's staff channel unless configuration names one.
/// </summary>
internal sealed class HandoffStaffMiddleware(
    HandoffService handoff,
    HandoffKnowledgeWriter knowledge,
    TimeProvider time,
    ILogger<HandoffStaffMiddleware> logger) : Protocol.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId == LineWebhookMapper.ChannelId)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var city = turnContext.TurnState.TryGetValue(TurnStateKeys.BoundCity, out var bound) ? bound as string : null;
        if (activity.Type == ActivityTypes.ConversationUpdate && city is not null
            && activity.Conversation?.ConversationType == "channel" && activity.ServiceUrl is { Length: > 0 } serviceUrl
            && activity.Conversation.Id is { Length: > 0 } conversationId)
        {
            // Posting to the channel's id (without ";messageid=") starts a new thread there.
            var channelId = conversationId.Split(';')[0];
            await handoff.Store.SaveChannelAsync(city, new StaffChannel(serviceUrl, channelId), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            logger.LogInformation("The staff channel of {City} was captured from the bot's installation.", city);
        }

        if (activity.Type != ActivityTypes.Message || Read(activity.Value) is not { } submit)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (city is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(HandoffStaffStrings.Unknown), cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = submit.Action switch
        {
            HandoffCards.AnswerAction => await handoff.AnswerAsync(submit.Id, city, submit.Answer, submit.Department, cancellationToken).ConfigureAwait(false),
            HandoffCards.DeclineAction => await handoff.DeclineAsync(submit.Id, city, cancellationToken).ConfigureAwait(false),
            HandoffCards.ForwardAction => await handoff.ForwardAsync(submit.Id, city, submit.Department, cancellationToken).ConfigureAwait(false),
            HandoffCards.KnowledgeAction => await knowledge.AddAsync(submit.Id, city, cancellationToken).ConfigureAwait(false),
            _ => HandoffActionResult.Say(HandoffStaffStrings.Unknown),
        };
        if (result.Note is { } note)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(note), cancellationToken).ConfigureAwait(false);
        }

        await turnContext.SendActivityAsync(result.Reply, cancellationToken).ConfigureAwait(false);
    }

    private static Submit? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        // Action.Execute puts the data under action.data; Action.Submit posts it as the value itself.
        var data = root.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var inner) ? inner : root;
        return String(data, HandoffCards.ActionProperty) is { } kind && String(data, HandoffCards.IdProperty) is { } id
            ? new Submit(kind, id, String(data, HandoffCards.AnswerInput), String(data, HandoffCards.DepartmentInput))
            : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    private sealed record Submit(string Action, string Id, string? Answer, string? Department);
}
