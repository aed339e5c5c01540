using System.Text.Json;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Teams;

/// <summary>Reads the Teams-specific parts of an activity.</summary>
internal static class TeamsChannelData
{
    /// <summary>The tenant id: Teams puts it in channelData.tenant.id and, in most payloads, in conversation.tenantId.</summary>
    public static string? GetTenantId(Activity activity)
    {
        if (activity.ChannelData is JsonElement { ValueKind: JsonValueKind.Object } channelData
            && channelData.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            return id.GetString();
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.TenantId) ? null : activity.Conversation.TenantId;
    }
}
