using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Topics.Main;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using DxBot.Protocol.Text;

namespace DxBot.Dialogs.Bots;

/// <summary>
/// The bot every channel calls, as CoreBot's DialogAndWelcomeBot: messages run the main dialog, a new member is
/// welcomed, and state is saved at the end of each turn.
/// </summary>
public sealed class DxBotActivityHandler(MainDialog mainDialog, BotAccessors accessors) : ActivityHandler
{
    /// <summary>
    /// The most of a message the dialogs see, whatever the channel let through (LINE allows 5,000 characters, Teams
    /// far more): no question needs more, and nothing longer reaches the search, the dialog state or the logs.
    /// </summary>
    public const int MaxMessageLength = 2000;

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity is { Type: ActivityTypes.Message, Text.Length: > MaxMessageLength } message)
        {
            turnContext.Activity = message with { Text = TextCap.Cut(message.Text!, MaxMessageLength) };
        }

        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await accessors.ConversationState.SaveChangesAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await accessors.UserState.SaveChangesAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(turnContext.Activity.Text))
        {
            await mainDialog.SendWelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        await mainDialog.RunAsync(turnContext, accessors.DialogState, cancellationToken).ConfigureAwait(false);

        // Every message gets an answer: a dialog that ended without one (e.g. a message handed back and forth until
        // the reroute limit) must not leave the resident in silence.
        if (!turnContext.SentActivities.Any(a => a.Type == ActivityTypes.Message))
        {
            await mainDialog.SendNotUnderstoodAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        mainDialog.SendWelcomeAsync(turnContext, cancellationToken);
}
