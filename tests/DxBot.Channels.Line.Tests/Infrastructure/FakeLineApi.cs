using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// A stand-in for api.line.me on 127.0.0.1 (real HTTP, Kestrel). It records every call, checks each body
/// against the operation's request schema in LINE's messaging-api.yml plus the limits LINE documents outside
/// the schema, and answers as LINE does — or with the faults a test asks for.
/// </summary>
internal sealed class FakeLineApi : IAsyncDisposable
{
    public const string ReplyPath = "/v2/bot/message/reply";
    public const string PushPath = "/v2/bot/message/push";
    public const string LoadingPath = "/v2/bot/chat/loading/start";
    public const string MulticastPath = "/v2/bot/message/multicast";
    public const string QuotaPath = "/v2/bot/message/quota";
    public const string QuotaConsumptionPath = "/v2/bot/message/quota/consumption";
    public const string RichMenuPath = "/v2/bot/richmenu";
    public const string DefaultRichMenuPrefix = "/v2/bot/user/all/richmenu/";

    /// <summary>LINE's limit on a rich menu image (documented, not in the schema).</summary>
    public const int MaxRichMenuImageBytes = 1024 * 1024;

    private static readonly Dictionary<string, string> RequestSchemas = new(StringComparer.Ordinal)
    {
        [ReplyPath] = "ReplyMessageRequest",
        [PushPath] = "PushMessageRequest",
        [LoadingPath] = "ShowLoadingAnimationRequest",
        [MulticastPath] = "MulticastRequest",
    };

    private readonly WebApplication _app;
    private readonly LineOpenApiContract _contract;
    private readonly List<LineApiCall> _calls = [];
    private readonly Dictionary<string, Queue<(int Status, string Message)>> _faults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Uri> _redirects = new(StringComparer.Ordinal);
    /// <summary>The fault key of any rich menu image upload (its path holds an id the test does not know).</summary>
    public const string RichMenuImageFaults = "richmenu-image";

    private readonly Dictionary<string, (int Width, int Height, bool HasImage)> _richMenus;
    private readonly Lock _gate;
    private readonly CancellationTokenSource _stopping = new();
    private int? _sendsBeforeHold;
    private int _held;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeLineApi(WebApplication app, LineOpenApiContract contract, FakeLineApi? sharing)
    {
        _app = app;
        _contract = contract;
        // The data host (api-data.line.me) knows the menus the API host created: one LINE behind two hosts.
        _richMenus = sharing?._richMenus ?? new(StringComparer.Ordinal);
        _gate = sharing?._gate ?? new Lock();
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The account's monthly message limit (GET quota answers "limited"), or null for none.</summary>
    public long? MonthlyQuota { get; set; }

    /// <summary>The account's default rich menu, as set through the API.</summary>
    public string? DefaultRichMenuId { get; private set; }

    public IReadOnlyList<LineApiCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public static Task<FakeLineApi> StartAsync() => StartAsync(sharing: null);

    /// <summary>A second host of the same LINE, as api-data.line.me is beside api.line.me; calls are recorded per host.</summary>
    public Task<FakeLineApi> StartDataHostAsync() => StartAsync(this);

    private static async Task<FakeLineApi> StartAsync(FakeLineApi? sharing)
    {
        var contract = await LineOpenApiContract.MessagingApiAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeLineApi(app, contract, sharing);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    /// <summary>The next <paramref name="count"/> calls to <paramref name="path"/> fail with this status and LINE-style message.</summary>
    public void FailNext(string path, int count, int status, string message)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(path, out var queue))
            {
                _faults[path] = queue = new Queue<(int, string)>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue((status, message));
            }
        }
    }

    /// <summary>
    /// Answers <paramref name="count"/> more replies and pushes, then holds every later one unanswered (and unrecorded)
    /// until <see cref="StopHolding"/>: a LINE that has not yet accepted them while the bot dies.
    /// </summary>
    public void HoldSendsAfter(int count)
    {
        lock (_gate)
        {
            _sendsBeforeHold = count;
        }
    }

    /// <summary>
    /// Later sends are answered again. Those already held stay so until their caller goes away, and are then dropped
    /// unrecorded: the process that made them is dead, and LINE never accepted them.
    /// </summary>
    public void StopHolding()
    {
        lock (_gate)
        {
            _sendsBeforeHold = null;
        }
    }

    /// <summary>Sends held now (see <see cref="HoldSendsAfter"/>).</summary>
    public int Held
    {
        get
        {
            lock (_gate)
            {
                return _held;
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> sends are held at once.</summary>
    public async Task WaitForHeldAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_held >= count)
                {
                    return;
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out waiting for {count} held sends; {Held} held. Calls so far:\n" + string.Join("\n", Calls));
            }

            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    /// <summary>Every call to <paramref name="path"/> is answered 307 to <paramref name="location"/> (a compromised or spoofed API).</summary>
    public void RedirectTo(string path, Uri location)
    {
        lock (_gate)
        {
            _redirects[path] = location;
        }
    }

    public void ClearFaults()
    {
        lock (_gate)
        {
            _redirects.Clear();
            _faults.Clear();
        }
    }

    /// <summary>Waits until the recorded calls satisfy <paramref name="condition"/>; fails with the calls seen so far.</summary>
    public async Task<IReadOnlyList<LineApiCall>> WaitForAsync(Func<IReadOnlyList<LineApiCall>, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            IReadOnlyList<LineApiCall> calls;
            lock (_gate)
            {
                calls = [.. _calls];
                changed = _changed.Task;
            }

            if (condition(calls))
            {
                return calls;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Calls so far:\n" + string.Join("\n", calls));
            }

            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var isImage = IsRichMenuContent(path, out _);
        var body = isImage ? string.Empty : Encoding.UTF8.GetString(bytes);
        var authorization = context.Request.Headers.Authorization.ToString();
        var retryKey = context.Request.Headers["X-Line-Retry-Key"].ToString();
        List<string> errors;
        lock (_gate)
        {
            errors = path is QuotaPath or QuotaConsumptionPath
                ? CheckQuota(context.Request.Method, authorization)
                : IsRichMenuCall(path)
                ? CheckRichMenu(context.Request.Method, path, context.Request.ContentType, authorization, body, bytes)
                : Check(context.Request.Method, path, context.Request.ContentType, authorization, retryKey, body);
        }

        if ((path == ReplyPath || path == PushPath) && !await PassHoldAsync(context.RequestAborted))
        {
            return;
        }

        int status;
        string response;
        lock (_gate)
        {
            if (_redirects.TryGetValue(path, out var location))
            {
                (status, response) = (307, "{}");
                context.Response.Headers.Location = location.ToString();
            }
            else if (errors.Count > 0)
            {
                (status, response) = (400, Error("The request body has " + errors.Count + " error(s)"));
            }
            else if (_faults.TryGetValue(isImage ? RichMenuImageFaults : path, out var faults) && faults.TryDequeue(out var fault))
            {
                (status, response) = (fault.Status, Error(fault.Message));
            }
            else if (path == LoadingPath)
            {
                (status, response) = (202, "{}");
            }
            else if (IsRichMenuCall(path))
            {
                (status, response) = AnswerRichMenu(path, body);
            }
            else if (path == QuotaPath)
            {
                (status, response) = (200, MonthlyQuota is { } limit ? $$"""{"type":"limited","value":{{limit}}}""" : """{"type":"none"}""");
            }
            else if (path == QuotaConsumptionPath)
            {
                (status, response) = (200, $$"""{"totalUsage":{{Consumed()}}}""");
            }
            else if (path == MulticastPath)
            {
                (status, response) = (200, "{}");
            }
            else
            {
                var sent = string.Join(",", Enumerable.Range(0, Math.Max(1, JsonDocument.Parse(body).RootElement.GetProperty("messages").GetArrayLength()))
                    .Select(i => $$"""{"id":"{{Guid.NewGuid():N}}","quoteToken":"q{{i}}"}"""));
                (status, response) = (200, $$"""{"sentMessages":[{{sent}}]}""");
            }

            _calls.Add(new LineApiCall(_calls.Count + 1, path, body, authorization, retryKey.Length == 0 ? null : retryKey, status, errors)
            {
                Method = context.Request.Method,
                ContentType = context.Request.ContentType,
                Content = bytes,
            });
            Signal();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response);
    }

    /// <summary>False for a held send whose caller went away: it is dropped without an answer or a record.</summary>
    private async Task<bool> PassHoldAsync(CancellationToken aborted)
    {
        lock (_gate)
        {
            if (_sendsBeforeHold is not { } left)
            {
                return true;
            }

            if (left > 0)
            {
                _sendsBeforeHold = left - 1;
                return true;
            }

            _held++;
            Signal();
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, linked.Token);
        }
        catch (OperationCanceledException)
        {
            // The caller died, or the fake stops.
        }

        lock (_gate)
        {
            _held--;
            Signal();
        }

        return false;
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static List<string> CheckQuota(string method, string authorization)
    {
        var errors = new List<string>();
        if (method != HttpMethods.Get)
        {
            errors.Add($"unexpected {method} on a quota path");
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || authorization.Length <= "Bearer ".Length)
        {
            errors.Add("no bearer channel access token");
        }

        return errors;
    }

    /// <summary>Messages counted against the quota as LINE counts them: one per push, one per multicast recipient (replies are free).</summary>
    private long Consumed() =>
        _calls.Where(c => c.Succeeded && c.Path == PushPath).Count()
        + _calls.Where(c => c.Succeeded && c.Path == MulticastPath).Sum(c => (long)c.Json.GetProperty("to").GetArrayLength());

    private static bool IsRichMenuCall(string path) =>
        path == RichMenuPath || path.StartsWith(DefaultRichMenuPrefix, StringComparison.Ordinal) || IsRichMenuContent(path, out _);

    private static bool IsRichMenuContent(string path, out string richMenuId)
    {
        richMenuId = string.Empty;
        const string contentSuffix = "/content";
        if (!path.StartsWith(RichMenuPath + "/", StringComparison.Ordinal) || !path.EndsWith(contentSuffix, StringComparison.Ordinal))
        {
            return false;
        }

        richMenuId = path[(RichMenuPath.Length + 1)..^contentSuffix.Length];
        return richMenuId.Length > 0 && !richMenuId.Contains('/', StringComparison.Ordinal);
    }

    /// <summary>
    /// The rich menu calls: the menu against RichMenuRequest plus LINE's documented limits; the image as LINE
    /// checks it (PNG or JPEG, at most 1 MB, exactly the menu's size); a default only for a menu that has its image.
    /// </summary>
    private List<string> CheckRichMenu(string method, string path, string? contentType, string authorization, string body, byte[] bytes)
    {
        var errors = new List<string>();
        if (method != HttpMethods.Post)
        {
            errors.Add($"unexpected call {method} {path}");
            return errors;
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || authorization.Length <= "Bearer ".Length)
        {
            errors.Add("no bearer channel access token");
        }

        if (path == RichMenuPath)
        {
            if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add("Content-Type is not application/json");
            }

            try
            {
                errors.AddRange(_contract.Validate("RichMenuRequest", body).Select(e => "RichMenuRequest: " + e));
                CheckRichMenuLimits(JsonDocument.Parse(body).RootElement, errors);
            }
            catch (JsonException ex)
            {
                errors.Add("not JSON: " + ex.Message);
            }

            return errors;
        }

        if (IsRichMenuContent(path, out var id))
        {
            if (!_richMenus.TryGetValue(id, out var menu))
            {
                errors.Add($"no rich menu {id}");
                return errors;
            }

            if (contentType is not ("image/png" or "image/jpeg"))
            {
                errors.Add($"rich menu image Content-Type {contentType} (image/png or image/jpeg)");
            }

            if (bytes.Length is 0 or > MaxRichMenuImageBytes)
            {
                errors.Add($"rich menu image of {bytes.Length} bytes (1 MB at most)");
            }

            if (contentType == "image/png" && PngSize(bytes) is not { } png)
            {
                errors.Add("the image/png body is not a PNG");
            }
            else if (contentType == "image/png" && PngSize(bytes) is { } size && size != (menu.Width, menu.Height))
            {
                errors.Add($"image of {size.Width}×{size.Height} for a menu of {menu.Width}×{menu.Height}");
            }

            if (menu.HasImage)
            {
                errors.Add("the rich menu already has an image");
            }

            return errors;
        }

        var defaultId = path[DefaultRichMenuPrefix.Length..];
        if (!_richMenus.TryGetValue(defaultId, out var linked))
        {
            errors.Add($"no rich menu {defaultId}");
        }
        else if (!linked.HasImage)
        {
            errors.Add("a rich menu without an image cannot be the default");
        }

        return errors;
    }

    private (int Status, string Response) AnswerRichMenu(string path, string body)
    {
        if (path == RichMenuPath)
        {
            var size = JsonDocument.Parse(body).RootElement.GetProperty("size");
            var id = "richmenu-" + Guid.NewGuid().ToString("N");
            _richMenus[id] = (size.GetProperty("width").GetInt32(), size.GetProperty("height").GetInt32(), false);
            return (200, $$"""{"richMenuId":"{{id}}"}""");
        }

        if (IsRichMenuContent(path, out var imageOf))
        {
            _richMenus[imageOf] = _richMenus[imageOf] with { HasImage = true };
            return (200, "{}");
        }

        DefaultRichMenuId = path[DefaultRichMenuPrefix.Length..];
        return (200, "{}");
    }

    private static void CheckRichMenuLimits(JsonElement root, List<string> errors)
    {
        var size = root.GetProperty("size");
        var (width, height) = (size.GetProperty("width").GetInt32(), size.GetProperty("height").GetInt32());
        if (width is < 800 or > 2500 || height < 250 || (double)width / height < 1.45)
        {
            errors.Add($"rich menu size {width}×{height} (width 800–2500, height 250 or more, width/height 1.45 or more)");
        }

        if (root.GetProperty("chatBarText").GetString() is not { Length: > 0 and <= 14 })
        {
            errors.Add("chatBarText not within 1–14 characters");
        }

        if (root.GetProperty("name").GetString() is not { Length: > 0 and <= 300 })
        {
            errors.Add("name not within 1–300 characters");
        }

        var areas = root.GetProperty("areas");
        if (areas.GetArrayLength() > 20)
        {
            errors.Add("more than 20 areas");
        }

        foreach (var area in areas.EnumerateArray())
        {
            var bounds = area.GetProperty("bounds");
            var (x, y, w, h) = (bounds.GetProperty("x").GetInt32(), bounds.GetProperty("y").GetInt32(), bounds.GetProperty("width").GetInt32(), bounds.GetProperty("height").GetInt32());
            if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > height)
            {
                errors.Add($"area {x},{y} {w}×{h} outside the {width}×{height} menu");
            }

            var action = area.GetProperty("action");
            if (action.TryGetProperty("label", out var label) && new StringInfo(label.GetString() ?? string.Empty).LengthInTextElements > 20)
            {
                errors.Add("area action label longer than 20 characters");
            }

            if (action.TryGetProperty("text", out var text) && new StringInfo(text.GetString() ?? string.Empty).LengthInTextElements is 0 or > 300)
            {
                errors.Add("area message action text not within 1–300 characters");
            }
        }
    }

    /// <summary>A PNG's size from its IHDR chunk, or null for anything that is not a PNG.</summary>
    internal static (int Width, int Height)? PngSize(byte[] bytes)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(signature) || Encoding.ASCII.GetString(bytes, 12, 4) != "IHDR")
        {
            return null;
        }

        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    private List<string> Check(string method, string path, string? contentType, string authorization, string retryKey, string body)
    {
        var errors = new List<string>();
        if (method != HttpMethods.Post || !RequestSchemas.TryGetValue(path, out var schema))
        {
            errors.Add($"unexpected call {method} {path}");
            return errors;
        }

        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("Content-Type is not application/json");
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || authorization.Length <= "Bearer ".Length)
        {
            errors.Add("no bearer channel access token");
        }

        // LINE: the retry key is a UUID, accepted on push (and other sends), refused on reply.
        if ((path == PushPath || path == MulticastPath) && !Guid.TryParseExact(retryKey, "D", out _))
        {
            errors.Add("push or multicast without an X-Line-Retry-Key UUID");
        }

        if (path == ReplyPath && retryKey.Length > 0)
        {
            errors.Add("X-Line-Retry-Key is not accepted on reply");
        }

        try
        {
            errors.AddRange(_contract.Validate(schema, body).Select(e => schema + ": " + e));
            using var document = JsonDocument.Parse(body);
            CheckDocumentedLimits(document.RootElement, errors);
        }
        catch (JsonException ex)
        {
            errors.Add("not JSON: " + ex.Message);
        }

        return errors;
    }

    /// <summary>Limits LINE documents in prose but not in the OpenAPI schema.</summary>
    private static void CheckDocumentedLimits(JsonElement root, List<string> errors)
    {
        if (root.TryGetProperty("loadingSeconds", out var seconds) && seconds.GetInt32() % 5 != 0)
        {
            errors.Add("loadingSeconds is not a multiple of 5");
        }

        if (!root.TryGetProperty("messages", out var messages))
        {
            return;
        }

        foreach (var message in messages.EnumerateArray())
        {
            if (message.TryGetProperty("text", out var text) && text.GetString() is { } value && (value.Length > 5000 || string.IsNullOrWhiteSpace(value)))
            {
                errors.Add($"text of {value.Length} UTF-16 code units (1–5000 allowed)");
            }

            if (message.TryGetProperty("altText", out var altText) && altText.GetString()!.Length > 1500)
            {
                errors.Add("altText longer than 1500");
            }

            if (!message.TryGetProperty("quickReply", out var quickReply))
            {
                continue;
            }

            foreach (var item in quickReply.GetProperty("items").EnumerateArray())
            {
                var action = item.GetProperty("action");
                var label = action.TryGetProperty("label", out var l) ? l.GetString() ?? string.Empty : string.Empty;
                if (label.Length == 0 || new StringInfo(label).LengthInTextElements > 20)
                {
                    errors.Add($"quick reply label of {new StringInfo(label).LengthInTextElements} characters (1–20 allowed)");
                }

                if (action.TryGetProperty("text", out var actionText) && new StringInfo(actionText.GetString() ?? string.Empty).LengthInTextElements is 0 or > 300)
                {
                    errors.Add("message action text not within 1–300 characters");
                }
            }
        }
    }

    private static string Error(string message) => JsonSerializer.Serialize(new { message });
}
