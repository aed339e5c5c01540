using System.Collections.Concurrent;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>The turns the test bot ran, in order.</summary>
internal sealed class TurnLog
{
    private readonly ConcurrentQueue<SeenTurn> _turns = new();

    public void Add(SeenTurn turn) => _turns.Enqueue(turn);

    public IReadOnlyList<SeenTurn> In(string conversationId) => _turns.Where(t => t.ConversationId == conversationId).ToList();
}
