using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Engine;
using DxBot.Knowledge;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.Admin;

/// <summary>Staff commands (`reindex`, `unanswered`), allowed only when the channel vouches the sender is an administrator.</summary>
public sealed class AdminDialog : ComponentDialog
{
    private const int ListedQuestions = 20;

    private readonly IKnowledgeReindexer? _reindexer;
    private readonly IQuestionLog _questions;

    public AdminDialog(IQuestionLog questions, IKnowledgeReindexer? reindexer = null)
        : base(nameof(AdminDialog))
    {
        _questions = questions;
        _reindexer = reindexer;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [RunStepAsync]));
    }

    private async Task<DialogTurnResult> RunStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var turn = stepContext.Context;
        var command = stepContext.GetOptions<string>();
        var isAdmin = turn.TurnState.TryGetValue(TurnStateKeys.IsAdmin, out var flag) && flag is true;
        string reply;
        if (!isAdmin)
        {
            reply = AdminStrings.NotAllowed;
        }
        else if (command == "reindex")
        {
            reply = _reindexer is null
                ? AdminStrings.ReindexUnavailable
                : AdminStrings.Reindexed(await _reindexer.ReindexAsync(cancellationToken).ConfigureAwait(false));
        }
        else
        {
            // Streamed, keeping only the latest few: the log may be long.
            var latest = new Queue<QuestionRecord>(ListedQuestions + 1);
            await foreach (var record in _questions.StreamAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false))
            {
                if (record.Kind == QuestionKind.Unanswered)
                {
                    latest.Enqueue(record);
                    if (latest.Count > ListedQuestions)
                    {
                        latest.Dequeue();
                    }
                }
            }

            var recent = latest.Reverse().ToList();
            reply = recent.Count == 0 ? AdminStrings.NoUnanswered : AdminStrings.Unanswered(recent);
        }

        await turn.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
