using DxBot.Protocol.Schema;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>What the test bot saw of one turn.</summary>
internal sealed record SeenTurn(Activity Activity, string? BoundCity, bool? IsAdmin, string? Audience)
{
    public string? ConversationId => Activity.Conversation?.Id;
}
