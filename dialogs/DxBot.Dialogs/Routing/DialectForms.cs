using System.Buffers;
using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// Reads the regional forms residents of the cities served write in (津軽: 「行がねくても手続きでぎるようになるんだべか」
/// 「いいごとある」「市役所さ行く」; 九州: 「スマホでできるごとなると？」「申請ば受け付け」) in the common forms the router's
/// words, the answer kinds and the knowledge use. Only forms that standard Japanese does not write are folded: 「ごと」
/// alone is 「年度ごと」, so only 「いいごと」 and 「…るごとなる」 are.
/// </summary>
public static partial class DialectForms
{
    private static readonly (Regex Form, string Common)[] Forms =
    [
        // Voiced k of 津軽 (でぎる, いいごと, 行がねくても) and its ない (ねくても, ねぇ).
        (Deki(), "でき"),
        (GoodThing(), "$1こと"),
        (NotDoing(), "かなくて"),
        (NotEvenIf(), "なくても"),
        (NotHaving(), "てない"),
        (About(), "ぐらい"),
        // 「なんぼぐらいの手続き」 counts them (いくつ), and so does 「なんぼまで増やす」; 「なんぼ」 alone asks a price, as 「いくら」.
        (HowManyOf(), "いくつ"),
        // 津軽's voiced k after a verb's stem and in から: 「聞ぐ」「行ぐ」「これがら」.
        (VoicedKu(), "く"),
        (VoicedKara(), "から"),
        // 津軽's 「…ばって、」 (けど) before what is asked: 「聞ぐばって、」.
        (Though(), "けど"),
        // 「…るんだべか」「…るんだがね」: asking whether.
        (AskingWhether(), "のか"),
        // 九州's 「できるごとなる」 (ようになる), 「続かんごとなる」 (続かなくなる) and 津軽's 「でける」 (できる).
        (BecomingAble(), "ように$1"),
        (NoLonger(), "$1なくなる"),
        (Dekeru(), "できる"),
        // 三河's 「つけなかん」 (つけないといけない) and 「たんびに」 (たびに).
        (MustDo(), "ないといけない"),
        (EveryTime(), "たびに"),
        // 「市役所さ行く」「会社さ来て」: さ for に before going or coming.
        (GoingTo(), "に"),
        // 「なんがもらえるんだべが」「なんがでぎる」: なんが for 何が before what is got, had or done (not なんがつ, 何月).
        (WhatAsSubject(), "何"),
        // 「申請ば受け付け」「お知らせば」: ば after a noun for を.
        (Object(), "を"),
        // 「字っこ」: a diminutive that hides the noun from the knowledge.
        (Diminutive(), ""),
    ];

    // What each form's match cannot do without, in the order of Forms: でぎ; いいごと; [かが]ねくて and ねくても; てねぇ; くれぇ;
    // なんぼ; 行ぐ…; これがら…; ばって; んだべか; るごとなる and かんごとなる; でける; なかん; たんびに; さ行, さ来; なんが; ば; っこ.
    private static readonly SearchValues<string> Needed = SearchValues.Create(
        ["でぎ", "ごと", "ごど", "ねくて", "てね", "れぇ", "れー", "なんぼ", "行ぐ", "聞ぐ", "書ぐ", "置ぐ", "届ぐ", "働ぐ", "がら", "ばって", "なかん", "たんびに", "んだ", "でける", "さ行", "さ来", "なんが", "ば", "っこ"],
        StringComparison.Ordinal);

    /// <summary>The message with the regional forms read in the common ones; the message itself when it has none.</summary>
    public static string Fold(string text)
    {
        // Most messages have none of the forms: one scan for what each form needs (a form's match holds one of these in
        // the message as written, and a fold only follows a match) instead of fourteen scans that find nothing.
        if (!text.AsSpan().ContainsAny(Needed))
        {
            return text;
        }

        foreach (var (form, common) in Forms)
        {
            text = form.Replace(text, common);
        }

        return text;
    }

    [GeneratedRegex("でぎ(?=[るなねまれた])")]
    private static partial Regex Deki();

    [GeneratedRegex("(いい|良い|よい)ご[とど]")]
    private static partial Regex GoodThing();

    [GeneratedRegex("(?<=\\p{IsCJKUnifiedIdeographs})[かが]ねくて")]
    private static partial Regex NotDoing();

    [GeneratedRegex("ねくても")]
    private static partial Regex NotEvenIf();

    [GeneratedRegex("てね[ぇえー](?=[人のかよ、。?？!！\\s]|$)")]
    private static partial Regex NotHaving();

    [GeneratedRegex("[ぐく]れ[ぇー]")]
    private static partial Regex About();

    [GeneratedRegex("なんぼ(?=(ぐらい|くらい)?の|まで[^。、?？]{0,6}(増|伸|広|上|拡))")]
    private static partial Regex HowManyOf();

    // Standard Japanese writes none of these verbs with ぐ (泳ぐ and 急ぐ are left alone).
    [GeneratedRegex("(?<=[行聞書置届働])ぐ")]
    private static partial Regex VoicedKu();

    [GeneratedRegex("(?<=これ|それ|あれ|今|いま|ここ|そこ)がら")]
    private static partial Regex VoicedKara();

    // After a verb or だ (「聞ぐばって」「んだばって」); 「がんばって」 has ん before it.
    [GeneratedRegex("(?<=[くぐるだ])ばって(?=[、,\\s])")]
    private static partial Regex Though();

    [GeneratedRegex("(んだべ[かが]|んだがね|んだべ(?=[?？]))")]
    private static partial Regex AskingWhether();

    [GeneratedRegex("(?<=[るう])ごと(なる|なっ|なり|なら|する|して)")]
    private static partial Regex BecomingAble();

    [GeneratedRegex("([かがさたなばまらわ])んごとなる")]
    private static partial Regex NoLonger();

    // After a verb's stem in え or い (つけ, 揃え, 出さ…): 「書類をつけなかん」「揃えなかん」; not 「なかんずく」.
    [GeneratedRegex("(?<=[えけげせぜてでねべめれさかがたまらわしじちにみりいぎび])なかん(?=[のでだ、。?？!！\\s]|$)")]
    private static partial Regex MustDo();

    [GeneratedRegex("たんびに")]
    private static partial Regex EveryTime();

    [GeneratedRegex("でける")]
    private static partial Regex Dekeru();

    [GeneratedRegex("(?<=[\\p{IsCJKUnifiedIdeographs}\\p{IsKatakana}ー])さ(?=[行来])")]
    private static partial Regex GoingTo();

    [GeneratedRegex("なん(?=が(もらえ|貰え|あ|でき|でぎ|いい|良い|必要|変わ|かわ|違|ちが|使え|つかえ|得|とく))")]
    private static partial Regex WhatAsSubject();

    [GeneratedRegex("(?<=[\\p{IsCJKUnifiedIdeographs}\\p{IsKatakana}ー])ば(?=[\\p{IsCJKUnifiedIdeographs}\\p{IsKatakana}]|な[くい]|受)")]
    private static partial Regex Object();

    [GeneratedRegex("(?<=\\p{IsCJKUnifiedIdeographs})っこ(?=[をがはの]|書)")]
    private static partial Regex Diminutive();
}
