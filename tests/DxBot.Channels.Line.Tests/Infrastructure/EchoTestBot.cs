using System.Collections.Concurrent;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// A small bot standing in for the dialogs: it echoes, and a few magic words make it send what a channel must
/// cope with (too many messages, too many buttons, a long text, an exception).
/// </summary>
internal sealed class EchoTestBot : ActivityHandler
{
    public const string SevenMessages = "7通ください";
    public const string ManyButtons = "ボタンをたくさん";
    public const string LongText = "長い答えをください";
    public const string Fail = "失敗してください";
    public const string Hang = "応答を止めてください";
    public const string Slow = "ゆっくり答えてください";
    public const string Silent = "何も返さないでください";

    /// <summary>How long <see cref="Slow"/> takes: past the host's loading delay.</summary>
    public static readonly TimeSpan SlowTurn = TimeSpan.FromSeconds(1);

    public static readonly IReadOnlyList<string> Choices = ["はい", "いいえ"];

    private readonly ConcurrentQueue<(Activity Activity, string? City, string? Audience)> _received = new();

    public IReadOnlyList<(Activity Activity, string? City, string? Audience)> Received => [.. _received];

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _received.Enqueue((
            turnContext.Activity,
            turnContext.TurnState.TryGetValue(TurnStateKeys.BoundCity, out var city) ? city as string : null,
            turnContext.TurnState.TryGetValue(TurnStateKeys.Audience, out var audience) ? audience as string : null));
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    public static string LongAnswer { get; } = string.Concat(Enumerable.Range(1, 400).Select(i => $"{i:D4}行目：オンライン手続きのご案内です。\n"));

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? string.Empty;
        switch (text)
        {
            case SevenMessages:
                for (var i = 1; i <= 7; i++)
                {
                    await turnContext.SendActivityAsync(MessageFactory.Text($"メッセージ{i}です。"), cancellationToken);
                }

                break;
            case ManyButtons:
                var choices = Enumerable.Range(1, 15).Select(i => $"選択肢{i:D2}：とても長いボタンの名前になっていますがそのまま送ってください");
                await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(choices, "どれにしますか。"), cancellationToken);
                break;
            case LongText:
                await turnContext.SendActivityAsync(MessageFactory.Text(LongAnswer + "出典: テスト計画"), cancellationToken);
                break;
            case Fail:
                throw new InvalidOperationException("The test bot fails on request.");
            case Slow:
                await Task.Delay(SlowTurn, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text("お待たせしました。"), cancellationToken);
                break;
            case Silent:
                break;
            case Hang:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            default:
                var city = turnContext.TurnState.TryGetValue(TurnStateKeys.BoundCity, out var bound) ? bound : "(none)";
                await turnContext.SendActivityAsync(
                    MessageFactory.SuggestedActions(Choices, $"受け付けました: {text}\n市: {city}\n出典: テスト"),
                    cancellationToken);
                break;
        }
    }
}
