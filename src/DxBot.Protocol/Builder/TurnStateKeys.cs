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
}
