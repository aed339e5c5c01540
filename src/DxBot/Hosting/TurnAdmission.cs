namespace DxBot.Hosting;

/// <summary>What <see cref="UserTurnWindows"/> decides for a user's message.</summary>
internal enum TurnAdmission
{
    /// <summary>Within the user's limit: the bot answers.</summary>
    Admitted,

    /// <summary>The first message over the limit in the window: the user is asked to wait, once.</summary>
    TellToWait,

    /// <summary>Over the limit and already told: dropped without running the bot.</summary>
    Drop,
}
