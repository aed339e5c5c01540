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
/// <para>
/// A storage that keeps documents as UTF-8 JSON (<see cref="IUtf8DocumentStorage"/>, the in-process one) is read
/// and written in those bytes: each property is read from the parsed document and each live object written straight
/// into the bytes kept, with no <c>JsonObject</c> between; any other storage gets and gives <c>JsonObject</c>s.
/// </para>
/// </summary>
public abstract class BotState(IStorage storage, string name, ILogger? logger = null)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly IUtf8DocumentStorage? _utf8 = storage as IUtf8DocumentStorage;

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
        if (_utf8 is not null)
        {
            turnContext.TurnState[CacheKey] = LoadUtf8(turnContext, key);
            return;
        }

        IReadOnlyDictionary<string, JsonObject> items;
        try
        {
            items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            LogDiscarded(turnContext);
            items = new Dictionary<string, JsonObject>();
        }

        turnContext.TurnState[CacheKey] = new StateDocument(items.TryGetValue(key, out var document) ? document : new JsonObject());
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!turnContext.TurnState.TryGetValue(CacheKey, out var cached) || cached is not StateDocument document)
        {
            return;
        }

        var prefix = CacheKey + ".";
        var live = new List<KeyValuePair<string, object>>(2);
        foreach (var (key, value) in turnContext.TurnState)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                live.Add(new(key[prefix.Length..], value));
            }
        }

        if (_utf8 is not null)
        {
            SaveUtf8(GetStorageKey(turnContext), document, live);
            return;
        }

        // Callers change the live objects they got; serialize them back before writing.
        var node = document.Node!;
        foreach (var (property, value) in live)
        {
            node[property] = JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions);
        }

        await storage.WriteAsync(new Dictionary<string, JsonObject> { [GetStorageKey(turnContext)] = node }, cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.TurnState[CacheKey] = _utf8 is not null ? new StateDocument(default(JsonElement)) : new StateDocument(new JsonObject());
        await storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    protected abstract string GetStorageKey(ITurnContext turnContext);

    private StateDocument LoadUtf8(ITurnContext turnContext, string key)
    {
        if (_utf8!.ReadUtf8(key) is not { } json)
        {
            return new StateDocument(default(JsonElement));
        }

        try
        {
            // Not disposed: the elements handed out read from it for the whole turn, and its pooled index is only
            // memory the GC takes back.
            var root = JsonDocument.Parse(json).RootElement;
            return new StateDocument(root.ValueKind == JsonValueKind.Object ? root : default);
        }
        catch (JsonException)
        {
            LogDiscarded(turnContext);
            return new StateDocument(default(JsonElement));
        }
    }

    // The stored properties in their order, each replaced by its live object where the turn has one, then the live
    // objects the stored document lacked: the document the JsonObject path writes, property for property.
    private void SaveUtf8(string key, StateDocument document, List<KeyValuePair<string, object>> live)
    {
        // The storage copies what it keeps (WriteUtf8 never awaits).
        var writer = ThreadJsonBuffer.Start();
        try
        {
            writer.WriteStartObject();
            Span<bool> written = stackalloc bool[live.Count];
            if (document.Stored.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.Stored.EnumerateObject())
                {
                    var index = IndexOf(live, property.Name);
                    if (index >= 0)
                    {
                        WriteLive(writer, live[index]);
                        written[index] = true;
                    }
                    else if (!document.IsRemoved(property.Name))
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            for (var i = 0; i < live.Count; i++)
            {
                if (!written[i])
                {
                    WriteLive(writer, live[i]);
                }
            }

            writer.WriteEndObject();
            _utf8!.WriteUtf8(key, ThreadJsonBuffer.Written());
        }
        finally
        {
            ThreadJsonBuffer.Release();
        }
    }

    private static void WriteLive(Utf8JsonWriter writer, KeyValuePair<string, object> live)
    {
        writer.WritePropertyName(live.Key);
        JsonSerializer.Serialize(writer, live.Value, live.Value.GetType(), JsonOptions);
    }

    private static int IndexOf(List<KeyValuePair<string, object>> live, string property)
    {
        for (var i = 0; i < live.Count; i++)
        {
            if (string.Equals(live[i].Key, property, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // Never the key (a user id) nor the content; the next save replaces the document.
    private void LogDiscarded(ITurnContext turnContext) =>
        _logger.LogWarning("Discarded unreadable {State} on channel {ChannelId}; it starts afresh.", name, turnContext.Activity.ChannelId);

    private StateDocument Document(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(CacheKey, out var cached) && cached is StateDocument document
            ? document
            : throw new InvalidOperationException($"State '{name}' was not loaded for this turn.");

    private T? Read<T>(ITurnContext turnContext, StateDocument document, string propertyName)
    {
        try
        {
            if (document.Node is { } node)
            {
                return node[propertyName] is { } value ? value.Deserialize<T>(JsonOptions) : default;
            }

            return !document.IsRemoved(propertyName) && document.Stored.ValueKind == JsonValueKind.Object && document.Stored.TryGetProperty(propertyName, out var element)
                ? element.Deserialize<T>(JsonOptions)
                : default;
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

            var value = state.Read<T>(turnContext, document, propertyName) ?? defaultValueFactory();
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
