using System.Runtime.CompilerServices;

namespace DxBot.Dialogs.Answers;

/// <summary>The last entries kept in memory (tests, and the terminal commands); bounded so it cannot grow without limit.</summary>
public sealed class InMemoryQuestionLog(int capacity = 1000) : IQuestionLog
{
    private readonly Queue<QuestionRecord> _items = new();
    private readonly Lock _gate = new();

    public Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _items.Enqueue(record);
            while (_items.Count > capacity)
            {
                _items.Dequeue();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<QuestionRecord>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<QuestionRecord>>(_items.Where(r => r.At >= since).ToList());
        }
    }

    public async IAsyncEnumerable<QuestionRecord> StreamAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var record in await ReadAsync(since, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
    }
}
