using DxBot.Protocol.Builder;
using Microsoft.Extensions.Logging;

namespace DxBot.Dialogs.State;

/// <summary>State of one user across conversations: the city they chose.</summary>
public sealed class UserState(IStorage storage, ILogger<UserState>? logger = null) : BotState(storage, nameof(UserState), logger)
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return $"{activity.ChannelId}/users/{activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender.")}";
    }
}
