using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>
/// A stand-in for the dialogs: records what it was given and echoes it in a reply shaped like the real ones
/// (several lines, a closing 出典 line, suggested actions).
/// </summary>
internal sealed class RecordingBot(TurnLog log) : IBot
{
    public static readonly string[] Choices = ["申請の流れ", "担当窓口"];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = turnContext.TurnState;
        var city = state.TryGetValue(TurnStateKeys.BoundCity, out var c) ? c as string : null;
        var isAdmin = state.TryGetValue(TurnStateKeys.IsAdmin, out var a) ? a as bool? : null;
        var audience = state.TryGetValue(TurnStateKeys.Audience, out var au) ? au as string : null;
        log.Add(new SeenTurn(turnContext.Activity, city, isAdmin, audience));

        switch (turnContext.Activity.Type)
        {
            case ActivityTypes.Message:
                var text = $"受け付けました: {turnContext.Activity.Text}\n市: {city ?? "なし"}\n管理者: {isAdmin}\n\n出典: テスト資料 p.1";
                await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(Choices, text), cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                foreach (var member in turnContext.Activity.MembersAdded ?? [])
                {
                    await turnContext.SendActivityAsync(MessageFactory.Text($"ようこそ、{member.Name}さん"), cancellationToken);
                }

                break;
        }
    }
}
