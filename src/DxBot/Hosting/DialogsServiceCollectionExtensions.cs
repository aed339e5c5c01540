namespace DxBot.Hosting;

/// <summary>Registers the bot: dialogs, state and the IBot the channels call.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
