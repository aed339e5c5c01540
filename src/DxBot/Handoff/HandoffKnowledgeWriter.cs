using System.Globalization;
using System.Text;
using DxBot.Hosting;
using DxBot.Knowledge;
using DxBot.Knowledge.Loading;
using Microsoft.Extensions.Options;

namespace DxBot.Handoff;

/// <summary>
/// 「ナレッジに追加」: writes an answered request as a Markdown entry in the city's knowledge folder
/// (<c>cities/&lt;id&gt;/handoff-&lt;date&gt;-&lt;id&gt;.md</c>, cited 「職員回答 YYYY-MM-DD 部署」), checks it with the
/// knowledge loader before it is written, and reindexes, so the bot answers the next resident who asks.
/// </summary>
public sealed class HandoffKnowledgeWriter(
    HandoffStore store,
    IOptions<KnowledgeOptions> knowledgeOptions,
    IKnowledgeReindexer reindexer,
    TimeProvider time,
    ILogger<HandoffKnowledgeWriter> logger)
{
    /// <summary>The document named instead of the city's plan: the answer is the staff's, not the plan's.</summary>
    public const string Document = "職員回答";

    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public async Task<HandoffActionResult> AddAsync(string id, string staffCity, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null || record.City != staffCity)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.Unknown);
        }

        if (record.State != HandoffStates.Answered || record.Answer is null)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.KnowledgeNotAnswered);
        }

        if (record.KnowledgeFile is not null)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.KnowledgeAlready);
        }

        var cityFolder = FindCityFolder(record.City);
        if (cityFolder is null)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.KnowledgeRefused("市の知識フォルダが見つかりません。"));
        }

        var answeredAt = (record.AnsweredAt ?? time.GetUtcNow()).ToOffset(JapanOffset);
        var name = $"handoff-{answeredAt:yyyyMMdd}-{HandoffCards.ShortId(record.Id)}.md";
        var text = Markdown(record, answeredAt);
        if (Validate(cityFolder, record.City, name, text) is { } problem)
        {
            return HandoffActionResult.Say(HandoffStaffStrings.KnowledgeRefused(problem));
        }

        var relative = Path.Combine("cities", record.City, name);
        if (!await store.ClaimKnowledgeAsync(record.Id, relative, cancellationToken).ConfigureAwait(false))
        {
            return HandoffActionResult.Say(HandoffStaffStrings.KnowledgeAlready);
        }

        var path = Path.Combine(cityFolder, name);
        try
        {
            // Written whole under another name first: a reindex running meanwhile never reads half an entry.
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await store.ReleaseKnowledgeAsync(record.Id, cancellationToken).ConfigureAwait(false);
            logger.LogError("Handoff {Id}: the knowledge entry could not be written ({Error}).", HandoffCards.ShortId(record.Id), e.GetType().Name);
            return HandoffActionResult.Say(HandoffStaffStrings.KnowledgeRefused("ファイルを書き込めませんでした。"));
        }

        var outcome = await reindexer.ReindexAsync(cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            // The entry itself was valid; the rest of the knowledge refused the build. The file stays for the next reindex.
            return HandoffActionResult.Say(HandoffStaffStrings.KnowledgeRefused($"ファイルは追加しましたが、再索引できませんでした（{outcome.Status}）。管理者に連絡してください。"));
        }

        logger.LogInformation("Handoff {Id}: answer added to the knowledge as {File}.", HandoffCards.ShortId(record.Id), relative);
        return HandoffActionResult.Say(HandoffStaffStrings.KnowledgeAdded(relative.Replace('\\', '/')));
    }

    /// <summary>The entry: the question as the heading (what the next resident asks), the answer, the staff citation.</summary>
    internal static string Markdown(HandoffRecord record, DateTimeOffset answeredAt)
    {
        var builder = new StringBuilder();
        builder.Append("---\n")
            .Append("city: ").Append(record.City).Append('\n')
            .Append("topic: general\n")
            .Append("audience: all\n")
            .Append("document: ").Append(Document).Append('\n')
            .Append("---\n")
            .Append("## ").Append(OneLine(record.Question)).Append('\n');
        foreach (var line in record.Answer!.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            // A line of the answer must never read as a heading or as one of the entry's own fields.
            builder.Append(trimmed.StartsWith('#') || trimmed.StartsWith("出典", StringComparison.Ordinal) || trimmed.StartsWith("キーワード", StringComparison.Ordinal) || trimmed.StartsWith("分類", StringComparison.Ordinal) || trimmed.StartsWith("---", StringComparison.Ordinal)
                ? "・" + trimmed
                : trimmed).Append('\n');
        }

        builder.Append("出典: ").Append(answeredAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ').Append(OneLine(record.Department ?? "")).Append('\n');
        return builder.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>Loads the entry with its city's profile alone, as a reindex would; the first error, or null if it is an entry.</summary>
    private string? Validate(string cityFolder, string city, string name, string text)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "dxbot-handoff-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(scratch, "cities", city)).FullName;
            File.Copy(Path.Combine(cityFolder, "city.yaml"), Path.Combine(folder, "city.yaml"));
            File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
            var loaded = new KnowledgeLoader(knowledgeOptions.Value.Limits).Load([scratch]);
            var error = loaded.Errors.FirstOrDefault(e => e.File.EndsWith(name, StringComparison.Ordinal));
            if (error is not null)
            {
                return error.Message;
            }

            return loaded.Entries.Any(e => e.File?.EndsWith(name, StringComparison.Ordinal) == true) ? null : "項目として読めませんでした。";
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private string? FindCityFolder(string city) =>
        KnowledgeLocator.Resolve(knowledgeOptions.Value.Folders)
            .Select(folder => Path.Combine(folder, "cities", city))
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "city.yaml")));
}
