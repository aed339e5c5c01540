using DxBot.Dialogs.Bots;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// The bot the channels call: a message that arrives before any knowledge is in service (the host listens at once,
/// the first build runs in the background) waits a little for it, then is told the bot is getting ready instead of
/// getting "I don't know" from an empty index.
/// </summary>
public sealed class KnowledgeStartupBot(DxBotActivityHandler bot, KnowledgeRuntime knowledge, IOptions<KnowledgeOptions> options) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type == ActivityTypes.Message && knowledge.Current.Generation == 0)
        {
            try
            {
                await knowledge.WaitForStartupAsync(cancellationToken).WaitAsync(options.Value.StartupAnswerWait, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Still building: answered below.
            }

            if (knowledge.Current.Generation == 0)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(StartupTexts.Preparing), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        await bot.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }
}
