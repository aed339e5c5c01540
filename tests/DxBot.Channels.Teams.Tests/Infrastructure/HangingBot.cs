using DxBot.Protocol.Builder;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>A bot that never answers on its own: it waits until its turn is cancelled.</summary>
internal sealed class HangingBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken);
}
