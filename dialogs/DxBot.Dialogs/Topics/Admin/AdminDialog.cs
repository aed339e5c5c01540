using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Engine;
using DxBot.Knowledge;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.Admin;

/// <summary>
/// Staff commands (`reindex`, `unanswered`, `import` with a file attached), allowed only when the channel vouches the
/// sender is an administrator.
/// </summary>
public sealed class AdminDialog : ComponentDialog
{
    /// <summary>The import command; its options are `import CITY` (the city named, bound or chosen), or `import` alone.</summary>
    public const string ImportCommand = "import";

    private const int ListedQuestions = 20;

    private readonly IKnowledgeReindexer? _reindexer;
    private readonly IQuestionLog _questions;
    private readonly IAttachmentImporter? _importer;

    public AdminDialog(IQuestionLog questions, IKnowledgeReindexer? reindexer = null, IAttachmentImporter? importer = null)
        : base(nameof(AdminDialog))
    {
        _questions = questions;
        _reindexer = reindexer;
        _importer = importer;
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
        else if (command is not null && command.Split(' ')[0] == ImportCommand)
        {
            reply = await ImportAsync(turn, command.Split(' ', 2) is [_, var city] ? city : null, cancellationToken).ConfigureAwait(false);
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

    private async Task<string> ImportAsync(ITurnContext turn, string? city, CancellationToken cancellationToken)
    {
        if (_importer is null)
        {
            return AdminStrings.ImportUnavailable;
        }

        var files = (turn.Activity.Attachments ?? []).Where(_importer.IsFile).ToList();
        if (files.Count == 0)
        {
            return AdminStrings.ImportNeedsFile;
        }

        if (string.IsNullOrEmpty(city))
        {
            return AdminStrings.ImportNeedsCity;
        }

        if (files.Count > 1)
        {
            // One document, one change report: several at once would mix what each did.
            return AdminStrings.ImportOneFile;
        }

        var result = await _importer.ImportAsync(city, files[0], cancellationToken).ConfigureAwait(false);
        return AdminStrings.Imported(result);
    }
}
