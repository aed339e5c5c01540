namespace DxBot.Dialogs.Answers;

/// <summary>The last questions kept in memory; bounded so it cannot grow without limit.</summary>
public sealed class InMemoryUnansweredLog(int capacity = 200) : IUnansweredLog
{
    private readonly Queue<UnansweredQuestion> _items = new();
    private readonly Lock _gate = new();

    public void Record(UnansweredQuestion question)
    {
        lock (_gate)
        {
            _items.Enqueue(question);
            while (_items.Count > capacity)
            {
                _items.Dequeue();
            }
        }
    }

    public IReadOnlyList<UnansweredQuestion> Recent(int count)
    {
        lock (_gate)
        {
            return _items.Reverse().Take(count).ToList();
        }
    }
}
