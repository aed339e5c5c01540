using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Bots;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Privacy;
using DxBot.Dialogs.State;
using DxBot.Dialogs.Topics.Admin;
using DxBot.Dialogs.Topics.CityPicker;
using DxBot.Dialogs.Topics.English;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Dialogs.Topics.Handoff;
using DxBot.Dialogs.Topics.KnowledgeAnswer;
using DxBot.Dialogs.Topics.Main;
using DxBot.Dialogs.Topics.MyNumberCard;
using DxBot.Dialogs.Topics.OnlineProcedures;
using DxBot.Dialogs.Topics.SupportSessions;
using DxBot.Protocol.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>Registers the bot: dialogs, state, the privacy guard and the IBot the channels call.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DialogOptions>().Bind(configuration.GetSection(DialogOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DialogOptions>>().Value);
        services.AddOptions<QuestionsOptions>().Bind(configuration.GetSection(QuestionsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<BotAccessors>();
        // A shared store registered before this (Redis) keeps the log for every instance instead.
        services.TryAddSingleton<IQuestionLog>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<QuestionsOptions>>().Value;
            return new FileQuestionLog(options.Folder, options.RetentionDays, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FileQuestionLog>>());
        });
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<CityPickerDialog>();
        services.AddSingleton<MyNumberCardDialog>();
        services.AddSingleton<OnlineProceduresDialog>();
        services.AddSingleton<SupportSessionsDialog>();
        services.AddSingleton<KnowledgeAnswerDialog>();
        services.AddSingleton<AdminDialog>();
        services.AddSingleton<FeedbackDialog>();
        services.AddSingleton<EnglishDialog>();
        // The host replaces it with the LINE→Teams service when staff channels are configured (AddDxBotHandoff).
        services.TryAddSingleton<IHandoffService>(NoHandoffService.Instance);
        services.AddSingleton<HandoffDialog>();
        services.AddSingleton<MainDialog>();

        services.AddSingleton<Protocol.Builder.IMiddleware, PrivacyMiddleware>();
        services.AddSingleton<ITurnErrorHandler, TurnErrorHandler>();
        services.AddSingleton<DxBotActivityHandler>();
        services.AddSingleton<IBot, KnowledgeStartupBot>();
        return services;
    }
}
