using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Protocol.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Dialogs.State;

/// <summary>
/// State scoped by a key derived from the turn (conversation or user), loaded once per turn and saved at its end,
/// as Bot Builder's BotState. State that cannot be read (a corrupt document, a property that no longer fits its
/// type) is discarded with a warning and starts afresh, so it cannot break every turn of a user until it expires.
/// </summary>
public abstract class BotState(IStorage storage, string name, ILogger? logger = null)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    // Made once: every property read of every turn looks the state up by it.
    private string? _cacheKey;

    private string CacheKey => _cacheKey ??= "DxBot.State." + name;

    public IStatePropertyAccessor<T> CreateProperty<T>(string propertyName) => new PropertyAccessor<T>(this, propertyName);

    public async Task LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.ContainsKey(CacheKey))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        IReadOnlyDictionary<string, JsonObject> items;
        try
        {
            items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // Never the key (a user id) nor the content; the next save replaces the document.
            _logger.LogWarning("Discarded unreadable {State} on channel {ChannelId}; it starts afresh.", name, turnContext.Activity.ChannelId);
            items = new Dictionary<string, JsonObject>();
        }

        turnContext.TurnState[CacheKey] = items.TryGetValue(key, out var document) ? document : new JsonObject();
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.TryGetValue(CacheKey, out var cached) && cached is JsonObject document)
        {
            // Callers change the live objects they got; serialize them back before writing.
            var prefix = CacheKey + ".";
            foreach (var (key, live) in turnContext.TurnState.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            {
                document[key[prefix.Length..]] = JsonSerializer.SerializeToNode(live, live.GetType(), JsonOptions);
            }

            await storage.WriteAsync(new Dictionary<string, JsonObject> { [GetStorageKey(turnContext)] = document }, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.TurnState[CacheKey] = new JsonObject();
        await storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    protected abstract string GetStorageKey(ITurnContext turnContext);

    private JsonObject Document(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(CacheKey, out var cached) && cached is JsonObject document
            ? document
            : throw new InvalidOperationException($"State '{name}' was not loaded for this turn.");

    private T? Read<T>(ITurnContext turnContext, JsonObject document, string propertyName, JsonNode node)
    {
        try
        {
            return node.Deserialize<T>(JsonOptions);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            _logger.LogWarning("Discarded the unreadable {Property} of {State} on channel {ChannelId} ({Error}); it starts afresh.", propertyName, name, turnContext.Activity.ChannelId, ex.GetType().Name);
            document.Remove(propertyName);
            return default;
        }
    }

    private sealed class PropertyAccessor<T>(BotState state, string propertyName) : IStatePropertyAccessor<T>
    {
        private string? _cacheKey;

        public string Name => propertyName;

        private string CacheKey => _cacheKey ??= $"{state.CacheKey}.{propertyName}";

        public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken)
        {
            await state.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
            var document = state.Document(turnContext);
            var cacheKey = CacheKey;

            // Hand out one live object per turn so changes made by the caller are saved at the end of the turn.
            if (turnContext.TurnState.TryGetValue(cacheKey, out var live) && live is T typed)
            {
                return typed;
            }

            var value = document[propertyName] is { } node ? state.Read<T>(turnContext, document, propertyName, node) ?? defaultValueFactory() : defaultValueFactory();
            turnContext.TurnState[cacheKey] = value!;
            return value;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken)
        {
            await state.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
            turnContext.TurnState[CacheKey] = value!;
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await state.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
            turnContext.TurnState.Remove(CacheKey);
            state.Document(turnContext).Remove(propertyName);
        }
    }
}
