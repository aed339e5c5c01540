using System.ComponentModel.DataAnnotations;

namespace DxBot.Hosting;

/// <summary>The store shared by every instance of a deployment, bound from the `Storage` section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// A Redis configuration string (e.g. <c>127.0.0.1:6379</c>). When set, conversation and user state, LINE event
    /// deduplication and reindex signals live there, so several instances serve as one; empty keeps them in-process.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every Redis key and channel: one per deployment sharing a server.</summary>
    [Required(AllowEmptyStrings = false)]
    public string RedisKeyPrefix { get; set; } = "dxbot:";
}
