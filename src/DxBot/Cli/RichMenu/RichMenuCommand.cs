using DxBot.Channels.Line;
using Microsoft.Extensions.Options;

namespace DxBot.Cli.RichMenu;

/// <summary>
/// `dxbot line richmenu --city ID`: draws the city's rich menu, creates it through the Messaging API, uploads its
/// image to the data host and makes it the account's default. Each step says what it did, so a failed run can be
/// read; the access token comes from the same settings the bot uses (Line:Channels:ID:ChannelAccessToken).
/// </summary>
public static class RichMenuCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, string city, FileInfo? saveImage, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddLineChannel(configuration);
        await using var provider = services.BuildServiceProvider();

        LineOptions options;
        try
        {
            options = provider.GetRequiredService<IOptions<LineOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync("Invalid Line settings: " + string.Join("; ", ex.Failures)).ConfigureAwait(false);
            return 2;
        }

        var channel = options.Channels.FirstOrDefault(c => string.Equals(c.Key, city, StringComparison.OrdinalIgnoreCase)).Value;
        if (string.IsNullOrWhiteSpace(channel?.ChannelAccessToken))
        {
            await error.WriteLineAsync($"No channel access token for '{city}': set Line:Channels:{city}:ChannelAccessToken (e.g. the environment variable Line__Channels__{city}__ChannelAccessToken).").ConfigureAwait(false);
            return 2;
        }

        using var typeface = RichMenuImage.FindJapaneseTypeface();
        if (typeface is null)
        {
            await error.WriteLineAsync("No font with Japanese glyphs is installed, so the menu's labels cannot be drawn. Install one (Debian/Ubuntu: apt-get install fonts-noto-cjk) and run this again.").ConfigureAwait(false);
            return 1;
        }

        var items = RichMenuStrings.Items;
        var image = RichMenuImage.DrawPng(items, typeface);
        if (image.Length > RichMenuImage.MaxBytes)
        {
            await error.WriteLineAsync($"The drawn image has {image.Length} bytes; LINE accepts at most {RichMenuImage.MaxBytes}.").ConfigureAwait(false);
            return 1;
        }

        if (saveImage is not null)
        {
            await File.WriteAllBytesAsync(saveImage.FullName, image, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Image ({typeface.FamilyName}, {image.Length} bytes) saved to {saveImage.FullName}.").ConfigureAwait(false);
        }

        var client = provider.GetRequiredService<LineMessagingClient>();
        var token = channel.ChannelAccessToken!;
        var created = await client.CreateRichMenuAsync(token, RichMenuLayout.Request(city, items), cancellationToken).ConfigureAwait(false);
        if (created.RichMenuId is not { } richMenuId)
        {
            await error.WriteLineAsync("LINE did not create the rich menu: " + Describe(created.Result)).ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"Created rich menu {richMenuId}.").ConfigureAwait(false);
        var uploaded = await client.SetRichMenuImageAsync(token, options.DataApiBaseUrl, richMenuId, image, "image/png", cancellationToken).ConfigureAwait(false);
        if (!uploaded.IsSent)
        {
            await error.WriteLineAsync($"LINE did not take the image of {richMenuId}: {Describe(uploaded)}. The menu exists without an image; run this again.").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync("Uploaded its image.").ConfigureAwait(false);
        var linked = await client.SetDefaultRichMenuAsync(token, richMenuId, cancellationToken).ConfigureAwait(false);
        if (!linked.IsSent)
        {
            await error.WriteLineAsync($"LINE did not make {richMenuId} the default: {Describe(linked)}.").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"Set {richMenuId} as the default rich menu of {city}: {string.Join(", ", items.Select(i => i.Label))}.").ConfigureAwait(false);
        return 0;
    }

    private static string Describe(LineSendResult result) =>
        $"{result.Status}" + (result.HttpStatus is { } status ? $", HTTP {status}" : string.Empty) + (result.Error is { } message ? $", {message}" : string.Empty);
}
