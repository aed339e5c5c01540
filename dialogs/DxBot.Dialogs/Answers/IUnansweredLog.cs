namespace DxBot.Dialogs.Answers;

/// <summary>Questions the bot could not answer, for staff to improve the knowledge. Holds no user ids.</summary>
public interface IUnansweredLog
{
    void Record(UnansweredQuestion question);

    IReadOnlyList<UnansweredQuestion> Recent(int count);
}
