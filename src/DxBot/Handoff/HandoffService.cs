using System.Security.Cryptography;
using System.Text;
using DxBot.Channels.Line;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Dialogs.Topics.Handoff;
using DxBot.Knowledge;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Diagnostics;
using DxBot.Protocol.Privacy;
using DxBot.Protocol.Schema;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace DxBot.Handoff;

/// <summary>
/// The host's side of 「職員に聞く」: a LINE resident's question is stored (user id encrypted), put before the city's
/// staff in Teams as a card, and their answer, refusal or the expiry is pushed back on LINE.
/// </summary>
public sealed class HandoffService : IHandoffService
{
    public const int MaxQuestionLength = 1000;
    public const int MaxAnswerLength = 2000;
    public const int MaxDepartmentLength = 40;

    /// <summary>The Data Protection purpose of the stored LINE user ids: keys of other features cannot read them.</summary>
    public const string UserIdPurpose = "DxBot.Handoff.LineUserId.v1";

    /// <summary>How a staff answer is named in the question log when a resident rates it.</summary>
    public const string AnswerTitle = "職員回答：";

    private readonly HandoffStore _store;
    private readonly IOptionsMonitor<HandoffOptions> _options;
    private readonly IOptionsMonitor<LineOptions> _line;
    private readonly IDataProtector _protector;
    private readonly IKnowledgeProvider _knowledge;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly DxBotMetrics _metrics;
    private readonly ILogger<HandoffService> _logger;

    public HandoffService(
        HandoffStore store,
        IOptionsMonitor<HandoffOptions> options,
        IOptionsMonitor<LineOptions> line,
        IDataProtectionProvider dataProtection,
        IKnowledgeProvider knowledge,
        IServiceProvider services,
        TimeProvider time,
        DxBotMetrics metrics,
        ILogger<HandoffService> logger)
    {
        _store = store;
        _options = options;
        _line = line;
        _protector = dataProtection.CreateProtector(UserIdPurpose);
        _knowledge = knowledge;
        _services = services;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    public int RetentionDays => _options.CurrentValue.RetentionDays;

    public HandoffStore Store => _store;

    public async Task<bool> IsAvailableAsync(string cityId, string channelId, CancellationToken cancellationToken) =>
        // The answer comes back by LINE push: only LINE residents of a city with an account and a staff channel.
        channelId == LineWebhookMapper.ChannelId
        && AccessToken(cityId) is not null
        && await StaffChannelAsync(cityId, cancellationToken).ConfigureAwait(false) is not null;

    public async Task<string> SubmitAsync(HandoffSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (string.IsNullOrWhiteSpace(submission.UserId))
        {
            throw new InvalidOperationException("A handoff needs the resident's id to send the answer.");
        }

        var question = MyNumberDetector.Redact(submission.Question.Trim(), HandoffDialog.MaskedNumber);
        question = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        var record = new HandoffRecord(Guid.NewGuid().ToString("N"), submission.CityId, submission.ChannelId, question, HandoffStates.Waiting,
            _time.GetUtcNow(), null, null, null, null, null, null);
        await _store.InsertAsync(record, _protector.Protect(submission.UserId), cancellationToken).ConfigureAwait(false);
        _metrics.HandoffRequested(record.City);
        _logger.LogInformation("Handoff {Id} for {City} is waiting for staff.", HandoffCards.ShortId(record.Id), record.City);

        // The resident's consent is recorded either way; a card that could not be sent is sent again by the maintenance loop.
        await TrySendCardAsync(record, cancellationToken).ConfigureAwait(false);
        return record.Id;
    }

    /// <summary>Puts the request's card in the city's staff channel; false (logged) if the channel is unknown or refused it.</summary>
    public async Task<bool> TrySendCardAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        try
        {
            var candidates = _knowledge.Current.Searcher.Search(new SearchRequest(record.Question, record.City, MaxResults: 3))
                .Select(h => $"{h.Entry.Title}（{h.Entry.Source}）").ToList();
            var card = HandoffCards.Request(record, CityName(record.City), candidates, record.Department);
            var sent = await SendToStaffAsync(record.City, card, cancellationToken).ConfigureAwait(false);
            if (sent?.Id is { } activityId)
            {
                await _store.SetCardAsync(record.Id, activityId, cancellationToken).ConfigureAwait(false);
            }

            return sent is not null;
        }
        catch (Exception e) when (e is HttpRequestException or UntrustedServiceUrlException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("The card of handoff {Id} could not be sent to the staff channel of {City} ({Error}); it is sent again later.",
                HandoffCards.ShortId(record.Id), record.City, e.GetType().Name);
            return false;
        }
    }

    /// <summary>A message in the city's staff channel (a card, a reminder); null when the city has no staff channel.</summary>
    public async Task<ResourceResponse?> SendToStaffAsync(string city, Activity activity, CancellationToken cancellationToken)
    {
        if (await StaffChannelAsync(city, cancellationToken).ConfigureAwait(false) is not { } channel)
        {
            return null;
        }

        var connector = _services.GetRequiredService<ConnectorClient>();
        return await connector.SendToConversationAsync(channel.ServiceUrl, channel.ConversationId, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>「回答する」: pushes the answer to the resident, prefixed with the department.</summary>
    public async Task<HandoffActionResult> AnswerAsync(string id, string staffCity, string? answer, string? department, CancellationToken cancellationToken)
    {
        var record = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null || record.City != staffCity)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.Unknown);
        }

        var text = (answer ?? "").Trim();
        if (text.Length == 0)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.AnswerMissing);
        }

        text = text.Length > MaxAnswerLength ? text[..MaxAnswerLength] : text;
        // A number staff paste by mistake must not reach LINE either.
        text = MyNumberDetector.Redact(text, HandoffDialog.MaskedNumber);
        var from = DepartmentOf(record, department);
        var now = _time.GetUtcNow();
        var userRef = await _store.CloseAsync(id, HandoffStates.Answered, now, from, text, cancellationToken).ConfigureAwait(false);
        if (userRef is null)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.AlreadyHandled(record.State));
        }

        var message = MessageFactory.SuggestedActions(FeedbackStrings.Choices, HandoffStrings.Answer(from, record.Question, text));
        if (await PushAsync(record, userRef, message, "answer", cancellationToken).ConfigureAwait(false) is not { } userId)
        {
            await _store.ReopenAsync(id, userRef, cancellationToken).ConfigureAwait(false);
            return HandoffActionResult.Say(HandoffStaffStrings.PushFailed);
        }

        await RememberAnswerAsync(record, userId, cancellationToken).ConfigureAwait(false);

        _metrics.HandoffClosed(record.City, HandoffStates.Answered, now - record.CreatedAt);
        var answered = record with { State = HandoffStates.Answered, Answer = text, Department = from, AnsweredAt = now };
        return new HandoffActionResult(HandoffCards.Answered(answered, HandoffStaffStrings.Answered(from)));
    }

    /// <summary>「回答不要」: the resident is told politely to contact the office.</summary>
    public async Task<HandoffActionResult> DeclineAsync(string id, string staffCity, CancellationToken cancellationToken)
    {
        var record = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null || record.City != staffCity)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.Unknown);
        }

        var now = _time.GetUtcNow();
        var userRef = await _store.CloseAsync(id, HandoffStates.Declined, now, null, null, cancellationToken).ConfigureAwait(false);
        if (userRef is null)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.AlreadyHandled(record.State));
        }

        var message = MessageFactory.SuggestedActions(Dialogs.Topics.Main.MainStrings.MenuChoices, HandoffStrings.Declined(record.Question, Office(record.City)));
        var told = await PushAsync(record, userRef, message, "decline", cancellationToken).ConfigureAwait(false) is not null;
        _metrics.HandoffClosed(record.City, HandoffStates.Declined, now - record.CreatedAt);
        return HandoffActionResult.Say(told ? HandoffStaffStrings.Declined : HandoffStaffStrings.DeclinedNotTold);
    }

    /// <summary>「担当に回す」: the department to answer is noted and a fresh card shows it.</summary>
    public async Task<HandoffActionResult> ForwardAsync(string id, string staffCity, string? department, CancellationToken cancellationToken)
    {
        var record = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null || record.City != staffCity)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.Unknown);
        }

        var to = Clean(department);
        if (to is null)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.DepartmentMissing);
        }

        if (await _store.SetDepartmentAsync(id, to, cancellationToken).ConfigureAwait(false) == 0)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.AlreadyHandled(record.State));
        }

        var forwarded = record with { Department = to };
        var candidates = _knowledge.Current.Searcher.Search(new SearchRequest(record.Question, record.City, MaxResults: 3)).Select(h => h.Entry.Title).ToList();
        return new HandoffActionResult(HandoffCards.Request(forwarded, CityName(record.City), candidates, to), HandoffStaffStrings.Forwarded(to));
    }

    /// <summary>Closes a request nobody answered in time and tells the resident; false if it was no longer waiting.</summary>
    public async Task<bool> ExpireAsync(HandoffRecord record, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var userRef = await _store.CloseAsync(record.Id, HandoffStates.Expired, now, null, null, cancellationToken).ConfigureAwait(false);
        if (userRef is null)
        {
            return false;
        }

        var message = MessageFactory.SuggestedActions(Dialogs.Topics.Main.MainStrings.MenuChoices, HandoffStrings.Expired(record.Question, Office(record.City)));
        await PushAsync(record, userRef, message, "expire", cancellationToken).ConfigureAwait(false);
        _metrics.HandoffClosed(record.City, HandoffStates.Expired, now - record.CreatedAt);
        return true;
    }

    /// <summary>The staff channel of a city: configured, else the one captured when the bot was added to a team.</summary>
    public async Task<StaffChannel?> StaffChannelAsync(string city, CancellationToken cancellationToken)
    {
        if (_options.CurrentValue.Cities.TryGetValue(city, out var configured)
            && !string.IsNullOrWhiteSpace(configured.ServiceUrl) && !string.IsNullOrWhiteSpace(configured.ConversationId))
        {
            return new StaffChannel(configured.ServiceUrl, configured.ConversationId);
        }

        return await _store.GetChannelAsync(city, cancellationToken).ConfigureAwait(false);
    }

    public string CityName(string city) => _knowledge.Current.Base.Cities.TryGetValue(city, out var profile) ? profile.Name : city;

    private string Office(string city) =>
        _knowledge.Current.Base.Cities.TryGetValue(city, out var profile) ? ContactText.Office(profile, "dx") : FeedbackStrings.AnyOffice;

    private string DepartmentOf(HandoffRecord record, string? submitted) =>
        Clean(submitted) ?? record.Department
        ?? (_options.CurrentValue.Cities.TryGetValue(record.City, out var city) ? Clean(city.Department) : null)
        ?? _options.CurrentValue.DefaultDepartment;

    private static string? Clean(string? department)
    {
        var text = department?.ReplaceLineEndings(" ").Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length > MaxDepartmentLength ? text[..MaxDepartmentLength] : text;
    }

    private string? AccessToken(string city) =>
        _line.CurrentValue.Channels.TryGetValue(city, out var channel) && !string.IsNullOrWhiteSpace(channel.ChannelAccessToken) ? channel.ChannelAccessToken : null;

    /// <summary>Pushes to the resident; their (decrypted) id when LINE took it, else null.</summary>
    private async Task<string?> PushAsync(HandoffRecord record, string userRef, Activity message, string kind, CancellationToken cancellationToken)
    {
        if (AccessToken(record.City) is not { } token || userRef.Length == 0)
        {
            _logger.LogWarning("Handoff {Id}: the resident cannot be reached on LINE (no access token or no user id).", HandoffCards.ShortId(record.Id));
            return null;
        }

        string userId;
        try
        {
            userId = _protector.Unprotect(userRef);
        }
        catch (CryptographicException)
        {
            // The key ring was lost or replaced: the id cannot be read, and no one else can read it either.
            _logger.LogWarning("Handoff {Id}: the resident's id cannot be decrypted with the current keys.", HandoffCards.ShortId(record.Id));
            return null;
        }

        var client = _services.GetRequiredService<LineMessagingClient>();
        // One retry key per request and kind: LINE delivers a push sent again after a timeout only once.
        var retryKey = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"{record.Id}:{kind}")));
        var result = await client.PushAsync(token, userId, LineWebhookMapper.ToLineMessages([message]), retryKey, cancellationToken).ConfigureAwait(false);
        if (!result.IsSent)
        {
            _logger.LogWarning("Handoff {Id}: LINE refused the {Kind} push ({Status} {HttpStatus}).", HandoffCards.ShortId(record.Id), kind, result.Status, result.HttpStatus);
            return null;
        }

        await _store.CountPushesAsync(record.City, _time.GetUtcNow(), 1, cancellationToken).ConfigureAwait(false);
        return userId;
    }

    /// <summary>
    /// Makes the pushed answer the conversation's last answer, as if the bot had given it: the 👍/👎 under it is then
    /// recorded against it (question log, `dxbot report`) instead of being taken for feedback on nothing.
    /// </summary>
    private async Task RememberAnswerAsync(HandoffRecord record, string userId, CancellationToken cancellationToken)
    {
        var accessors = _services.GetRequiredService<BotAccessors>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = LineWebhookMapper.ChannelId,
            From = new ChannelAccount(userId),
            Conversation = new ConversationAccount(userId),
        };
        await new CollectingAdapter().ProcessActivityAsync(activity, async (turn, token) =>
        {
            turn.TurnState[TurnStateKeys.BoundCity] = record.City;
            var conversation = await accessors.ConversationData.GetAsync(turn, () => new ConversationData(), token).ConfigureAwait(false);
            conversation.LastQuestion = record.Question;
            conversation.LastAnswerTitle = AnswerTitle + record.Question;
            conversation.ContinueEntryId = null;
            conversation.UnansweredQuestion = null;
            await accessors.ConversationState.SaveChangesAsync(turn, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }
}
