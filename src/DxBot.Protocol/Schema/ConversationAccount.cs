namespace DxBot.Protocol.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount(string Id)
{
    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }
}
