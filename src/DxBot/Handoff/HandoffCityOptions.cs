namespace DxBot.Handoff;

/// <summary>One city's staff channel (`Handoff:Cities:handa:ServiceUrl`...). A class for configuration binding.</summary>
public sealed class HandoffCityOptions
{
    /// <summary>The Bot Connector service URL of the team (e.g. https://smba.trafficmanager.net/jp/).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel's conversation id (19:…@thread.tacv2).</summary>
    public string? ConversationId { get; set; }

    /// <summary>The department named in answers when staff do not name one (総務部 企画課).</summary>
    public string? Department { get; set; }
}
