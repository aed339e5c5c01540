using System.Text.Json;
using DxBot.Dialogs.Topics.KnowledgeAnswer;

namespace DxBot.Cli.Eval;

/// <summary>Runs eval cases through a real local conversation each and checks the replies.</summary>
public sealed class EvalRunner(IServiceProvider services)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<EvalCase> Read(string path)
    {
        var cases = new List<EvalCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                cases.Add(JsonSerializer.Deserialize<EvalCase>(line, JsonOptions) ?? throw new JsonException("empty case"));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
        }

        return cases;
    }

    public async Task<EvalResult> RunAsync(EvalCase evalCase, CancellationToken cancellationToken)
    {
        var conversation = new LocalConversation(services, evalCase.Channel, evalCase.City);
        var allReplies = new List<string>();
        var last = "";
        foreach (var message in evalCase.Messages)
        {
            last = ReplyRenderer.VisibleText(await conversation.SendAsync(message, cancellationToken).ConfigureAwait(false));
            allReplies.Add(last);
        }

        var problems = new List<string>();
        var normalizedLast = EvalMatcher.Normalize(last);
        foreach (var group in evalCase.Expect)
        {
            if (!group.Any(alternative => EvalMatcher.Contains(normalizedLast, alternative)))
            {
                problems.Add("missing one of: " + string.Join(" | ", group));
            }
        }

        var normalizedAll = EvalMatcher.Normalize(string.Join("\n", allReplies));
        problems.AddRange(evalCase.Forbid.Where(f => EvalMatcher.Contains(normalizedAll, f)).Select(f => "forbidden: " + f));

        var isFallback = last.Contains(KnowledgeAnswerStrings.NotFoundOpening, StringComparison.Ordinal);
        if (evalCase.Fallback && !isFallback)
        {
            problems.Add("expected the \"I don't know\" reply");
        }

        return new EvalResult(evalCase, problems.Count == 0, problems, last);
    }
}
