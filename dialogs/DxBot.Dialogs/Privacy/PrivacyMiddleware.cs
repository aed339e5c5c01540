using System.Text.RegularExpressions;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.English;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Privacy;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Privacy;

/// <summary>
/// Masks a possible My Number before any dialog, state or log sees it: the activity's text is replaced, so nothing
/// later in the pipeline (including error handlers) can read the digits. The resident is warned once, first, and the
/// rest of the message is answered as if the number had not been there; a message that was nothing but the number
/// (and words around it such as 「私のマイナンバーは…です」) gets the warning alone.
/// </summary>
public sealed partial class PrivacyMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || !MyNumberDetector.Contains(activity.Text))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        // The words that hand the number over (「個人番号は＊＊＊です。」) go with it: searched, they made the rest a
        // question about the My Number itself.
        var redacted = MyNumberDetector.Redact(activity.Text!, PrivacyStrings.Redaction);
        // 「マイナンバー ＊＊＊ のカードをなくした」: the number only stood beside the words it belongs to.
        var masked = Introduction().Replace(Apposition().Replace(redacted, "$1の"), " ").Trim();
        turnContext.Activity = activity with { Text = masked, Value = null };
        // Warned in the language written in: a foreign resident who sent their number must understand why it is gone.
        var english = EnglishDetector.IsEnglish(TextNormalizer.Normalize(redacted));
        if (!HasQuestion(masked))
        {
            turnContext.ReportHandledBy("Privacy");
            await turnContext.SendActivityAsync(MessageFactory.Text(english ? PrivacyStrings.MyNumberOnlyWarningEnglish : PrivacyStrings.MyNumberOnlyWarning), cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(english ? PrivacyStrings.MyNumberWarningEnglish : PrivacyStrings.MyNumberWarning), cancellationToken).ConfigureAwait(false);
        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether anything is left to answer once the masks and the words that only introduce a number are gone.</summary>
    internal static bool HasQuestion(string masked)
    {
        var rest = Filler().Replace(masked.Replace(PrivacyStrings.Redaction, " ", StringComparison.Ordinal), " ");
        return rest.Any(char.IsLetter);
    }

    // 「私のマイナンバーは＊＊＊です。」「my number is ＊＊＊,」: the clause giving the number, up to its end.
    [GeneratedRegex(@"((私|わたし|僕|ぼく|自分|俺)の)?(マイナンバー|個人番号|番号|my ?number)\s*(は|が|:|：|is)?\s*＊＊＊\s*(です|だよ|だけど|ですが|なんですが|なんだけど)?\s*[。、，,.!！]?", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();

    [GeneratedRegex(@"(マイナンバー|個人番号|マイナ)\s*＊＊＊\s*の", RegexOptions.IgnoreCase)]
    private static partial Regex Apposition();

    // Words that come with a number sent on its own: 「私のマイナンバーは＊＊＊です。よろしくお願いします」.
    [GeneratedRegex(@"(私|わたし|僕|ぼく|自分|俺)(の)?|(マイナンバー|個人番号|番号|my ?number|number)(は|が|を|です|:)?|です(ね|よ)?|でした|になります|となります|よろしく(お願い(します|いたします|致します))?|お願い(します|いたします|致します)|こんにちは|こんばんは|おはよう(ございます)?|はい|これ|こちら|[はがをのでね]", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();
}
