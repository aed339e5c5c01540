using BenchmarkDotNet.Attributes;
using DxBot.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Benchmarks.Turns;

/// <summary>
/// One resident's turn through the whole bot on the bundled knowledge, as `dxbot ask` runs it: privacy guard, state,
/// routing, the topic dialog, search and rendering (channel I/O aside). One benchmark per kind of answer.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private ServiceProvider? services;

    [Params(
        "半田市のマイナンバーカードの交付率は？",
        "マイナンバーカードをなくしたらどうすればいいですか",
        "児童手当の現況届はスマホでできる？",
        "スマホ教室に参加したいです",
        "今日の天気は？")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var index = Path.Combine(Path.GetTempPath(), "dxbot-bench-index");
        services = CliServices.BuildAsync(null, index, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => services?.Dispose();

    [Benchmark]
    public async Task<int> OneTurn()
    {
        // A new conversation each time, so every turn starts from routing rather than a waiting prompt.
        var conversation = new LocalConversation(services!, "line", "handa");
        var replies = await conversation.SendAsync(Question, CancellationToken.None);
        return replies.Count;
    }
}
