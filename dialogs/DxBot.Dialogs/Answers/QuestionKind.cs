namespace DxBot.Dialogs.Answers;

/// <summary>What a question-log entry records: a question the bot could not answer, or a resident's verdict on an answer.</summary>
public enum QuestionKind
{
    Unanswered,
    Helpful,
    NotHelpful,
}
