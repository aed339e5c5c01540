namespace DxBot.Storage.Redis;

/// <summary>How DxBot names its keys in a Redis server it may share with other programs or deployments.</summary>
public sealed class RedisStorageOptions
{
    /// <summary>Prepended to every key and channel; one prefix per deployment (e.g. per prefecture).</summary>
    public string KeyPrefix { get; set; } = "dxbot:";
}
