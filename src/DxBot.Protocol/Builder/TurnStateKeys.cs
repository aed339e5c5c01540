namespace DxBot.Protocol.Builder;

/// <summary>
/// Names of the values a channel adapter puts in <see cref="ITurnContext.TurnState"/> for the bot:
/// what the deployment, not the user, decides about this turn.
/// </summary>
public static class TurnStateKeys
{
    /// <summary>The city id the channel is bound to (LINE route, Teams tenant), as a string; absent if unbound.</summary>
    public const string BoundCity = "DxBot.BoundCity";

    /// <summary>true (bool) when the sender is an administrator allowed to run staff commands.</summary>
    public const string IsAdmin = "DxBot.IsAdmin";

    /// <summary>The audience the channel serves: "resident" (LINE) or "staff" (Teams).</summary>
    public const string Audience = "DxBot.Audience";

    /// <summary>Set by the bot: the name of the dialog that handled the turn (e.g. "KnowledgeAnswer"), for metrics.</summary>
    public const string HandledBy = "DxBot.HandledBy";

    /// <summary>Set by the bot: true (bool) when it answered that it does not know and gave the city's contact.</summary>
    public const string Fallback = "DxBot.Fallback";
}
