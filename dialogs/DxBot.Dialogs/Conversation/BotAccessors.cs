using DxBot.Dialogs.Engine;
using DxBot.Dialogs.State;
using DxBot.Protocol.Builder;

namespace DxBot.Dialogs.Conversation;

/// <summary>The state properties the dialogs share, created once from the two bot states.</summary>
public sealed class BotAccessors(ConversationState conversationState, UserState userState)
{
    public ConversationState ConversationState { get; } = conversationState;

    public UserState UserState { get; } = userState;

    public IStatePropertyAccessor<DialogState> DialogState { get; } = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public IStatePropertyAccessor<ConversationData> ConversationData { get; } = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    public IStatePropertyAccessor<UserProfile> UserProfile { get; } = userState.CreateProperty<UserProfile>(nameof(UserProfile));

    /// <summary>Keeps the city for this conversation and as the user's choice for the next ones.</summary>
    public async Task RememberCityAsync(ITurnContext turnContext, string cityId, CancellationToken cancellationToken)
    {
        var conversation = await ConversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        conversation.CityId = cityId;
        var profile = await UserProfile.GetAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        profile.CityId = cityId;
    }
}
