using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.English;

namespace DxBot.Dialogs.Tests.Topics.English;

public sealed class EnglishDialogTests
{
    [Fact]
    public void The_bundled_english_layer_loads_without_errors()
    {
        var knowledge = BundledKnowledge.Base;

        Assert.DoesNotContain(knowledge.Errors, e => e.File.StartsWith("en/", StringComparison.Ordinal));
        Assert.Equal(knowledge.Cities.Keys.Order(), knowledge.English.Cities.Keys.Order());
        Assert.Contains("lost", knowledge.English.Answers.Keys);
    }

    [Fact]
    public async Task Filing_a_tax_return_from_home_is_e_tax_with_the_card_not_a_city_procedure()
    {
        // 「from home」 made it the online-procedures topic: the city's online plans, no word of e-Tax.
        var bot = new BotHarness("omaezaki", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("I work at a factory here. Can I file my tax return from home with my My Number card?");

        Assert.StartsWith("Yes. With a My Number card (マイナンバーカード) you can file your tax return (確定申告) online through e-Tax", answer, StringComparison.Ordinal);
        Assert.Contains("signature PIN", answer);
    }

    [Fact]
    public async Task Reusing_the_citys_data_for_free_is_open_data_not_the_cards_fee()
    {
        // 「free」 is a word of the card's fee topic: a question naming no card is not about it.
        var bot = new BotHarness("namegata", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("I'm building an app. Does Namegata publish its data so that anyone can reuse it for free?");

        Assert.Contains("open data (オープンデータ)", answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("My Number card", answer);
    }

    [Fact]
    public async Task An_entry_with_clearly_more_of_the_question_answers_before_the_one_the_plans_words_found()
    {
        // The card's promotion (「aims」 too) was found by the plans' words; the card's target says by when.
        var bot = new BotHarness("omaezaki", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Hi, I'm a foreign resident in Omaezaki. By when does the city aim for every resident to have a My Number Card?");

        Assert.Contains("FY2022 (令和4年度)", answer);
    }

    [Fact]
    public async Task An_english_card_loss_question_gets_the_hotline_in_english()
    {
        var bot = new BotHarness("handa", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("I lost my My Number card. What should I do?");

        Assert.StartsWith("Call the My Number hotline", answer, StringComparison.Ordinal);
        Assert.Contains("0120-95-0178", answer);
        Assert.Contains("24 hours", answer);
        Assert.Contains("police", answer);
        Assert.Contains("Source: マイナンバーカード総合サイト", answer);
    }

    [Fact]
    public async Task What_the_card_is_for_is_answered_with_its_uses_in_english()
    {
        var bot = new BotHarness("namegata", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Hello, I'm from Vietnam and I live in Namegata. What can I use my My Number card for?");

        Assert.StartsWith("Your My Number card (マイナンバーカード) works as an official photo ID", answer, StringComparison.Ordinal);
        Assert.Contains("health insurance card", answer);
        Assert.Contains("Mynaportal", answer);
    }

    [Fact]
    public async Task An_introduction_as_a_foreign_resident_is_not_the_question_asked_after_it()
    {
        // 「foreign resident」 matched the foreign-language topic as well as the question matched the card's uses, and
        // the earlier topic won: Namegata has no foreign-language entry, so the resident got the fallback.
        var bot = new BotHarness("namegata", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Hi, I'm a foreign resident in Namegata. What can I use my My Number card for?");

        Assert.StartsWith("Your My Number card (マイナンバーカード) works as an official photo ID", answer, StringComparison.Ordinal);
        Assert.Contains("health insurance card", answer);
    }

    [Fact]
    public async Task Who_can_i_ask_is_a_contact_question()
    {
        var bot = new BotHarness("omaezaki", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("I'm new in Omaezaki. Who can I ask about the city's online services? Please tell me the phone number.");

        Assert.StartsWith("Please contact Omaezaki City", answer, StringComparison.Ordinal);
        Assert.Contains("0537-85-1127", answer);
    }

    [Fact]
    public async Task Paying_with_a_phone_is_about_paying_not_the_citys_phone_number()
    {
        var bot = new BotHarness("handa", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("I want to pay my city tax with my phone in Handa. Is that possible?");

        Assert.Contains("電子マネー", answer);
        Assert.DoesNotContain("Please contact", answer);
    }

    [Theory]
    [InlineData("goshogawara", "Can I pay my city tax with LINE Pay in Goshogawara?", "LINE Pay")]
    [InlineData("tsushima", "Will Tsushima City move its core IT systems to the government cloud? By when?", "ガバメントクラウド")]
    [InlineData("namegata", "What is the mission of Namegata City's DX policy?", "mission")]
    public async Task A_subject_of_the_plan_named_in_english_finds_the_citys_entry_on_it(string city, string question, string japanese)
    {
        var bot = new BotHarness(city, knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync(question);

        Assert.Contains(japanese, answer);
    }

    [Fact]
    public async Task A_teacher_asking_about_paying_is_not_sent_to_the_lessons()
    {
        // teach* matched "teacher": the support topic answered a question about paying a tax.
        var bot = new BotHarness("goshogawara", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Hi! I'm an English teacher living in Goshogawara. Can I pay my city tax with my smartphone?");

        Assert.DoesNotContain("スマホ体験会", answer);
        Assert.Contains("キャッシュレス", answer);
    }

    [Fact]
    public async Task An_english_convenience_store_question_says_yes_for_a_city_that_offers_it()
    {
        var bot = new BotHarness("handa", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Can I get a residence certificate at a convenience store?");

        Assert.StartsWith("Yes. Handa City (半田市)", answer, StringComparison.Ordinal);
        Assert.Contains("residence certificate (住民票の写し)", answer);
        Assert.Contains("My Number card (マイナンバーカード)", answer);
        Assert.Contains("Source: 半田市DX推進計画 第三章1(1)(イ)", answer);
    }

    [Fact]
    public async Task An_english_convenience_store_question_does_not_say_yes_where_the_plan_does_not()
    {
        var bot = new BotHarness("omaezaki", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Can I get a juminhyo at a convenience store?");

        Assert.DoesNotContain("Yes.", answer);
        Assert.Contains("does not say whether it offers convenience-store certificates", answer);
        Assert.Contains("住民票の写し", answer);
        Assert.Contains("0537-85-1127", answer);
    }

    [Fact]
    public async Task An_unknown_english_question_gets_the_english_fallback_with_the_citys_contact_and_is_logged()
    {
        var bot = new BotHarness("omaezaki", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("What is the weather like tomorrow?");

        Assert.StartsWith("Sorry, I don't have an answer to that in English.", answer, StringComparison.Ordinal);
        Assert.Contains("Omaezaki City (御前崎市)", answer);
        Assert.Contains("デジタル推進室", answer);
        Assert.Contains("0537-85-1127", answer);
        Assert.Contains("Staff answer in Japanese", answer);
        var logged = Assert.Single(await bot.RecordedAsync());
        Assert.Equal(QuestionKind.Unanswered, logged.Kind);
    }

    [Fact]
    public async Task A_procedure_planned_on_Mynaportal_says_the_card_is_what_it_is_done_with()
    {
        var bot = new BotHarness("tsushima", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Will I be able to apply for child allowance online?");

        Assert.Contains("Mynaportal", answer);
        Assert.Contains(EnglishStrings.MynaportalNeedsTheCard, answer);
    }

    [Theory]
    // 「online」 made these questions about online procedures (or the city's contact): what they name beyond that
    // topic is searched with the plans' own words for it.
    [InlineData("handa", "Can I watch Handa city council meetings online?", "ライブ中継")]
    [InlineData("handa", "Can I tell my child's nursery school about an absence online instead of calling?", "欠席")]
    [InlineData("namegata", "Will Namegata have a one-stop counter where I don't have to fill in forms?", "書かないワンストップ窓口")]
    [InlineData("handa", "What is Handa's target for the convenience store certificate issuance rate?", "43.6%")]
    [InlineData("handa", "What percentage of Handa residents have a My Number card?", "52.2%")]
    [InlineData("goshogawara", "I heard Goshogawara gives something to people who apply for a My Number card. What is it?", "地域振興券")]
    public async Task A_subject_the_english_layer_has_no_text_for_gets_the_citys_entry_on_it_in_english(string city, string question, string expected)
    {
        var bot = new BotHarness(city, knowledge: BundledKnowledge.Base);

        var replies = await bot.SendAsync(question);
        var answer = BotHarness.Text(replies);

        // The entry's English version, in one bubble, not the Japanese entry quoted under 「covers this in Japanese only」.
        Assert.DoesNotContain(EnglishStrings.JapaneseEntryIntro(BundledKnowledge.Base.English.Cities[city].Name), answer, StringComparison.Ordinal);
        Assert.Contains(expected, answer);
        Assert.Single(replies);
    }

    [Fact]
    public async Task A_figure_asked_about_a_topic_the_english_layer_answers_keeps_the_english_answer()
    {
        var bot = new BotHarness("goshogawara", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("How many city procedures can be done online in Goshogawara, and what is the target number?");

        Assert.DoesNotContain("in Japanese only", answer);
        Assert.Contains("61", answer);
        Assert.Contains("200", answer);
    }

    [Fact]
    public async Task A_follow_up_stays_english_and_japanese_switches_back()
    {
        var bot = new BotHarness("handa", knowledge: BundledKnowledge.Base);
        await bot.AskAsync("How do I apply for a My Number card?");

        // One word is not detected as English on its own; the conversation's language carries it.
        var followUp = await bot.AskAsync("PIN?");
        var japanese = await bot.AskAsync("マイナンバーカードをなくしました");
        var afterJapanese = await bot.AskAsync("PIN?");

        Assert.Contains("4-digit", followUp);
        Assert.Contains("0120-95-0178", japanese);
        Assert.Contains("出典:", japanese);
        Assert.DoesNotContain("Source:", japanese);
        Assert.DoesNotContain("4-digit", afterJapanese);
    }

    [Fact]
    public async Task A_passed_target_year_is_given_as_the_plans_target_for_that_year()
    {
        var bot = new BotHarness("tsushima", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Can I apply for child allowance online?");

        Assert.StartsWith("Not confirmed yet: Tsushima City (対馬市)'s plan aims", answer, StringComparison.Ordinal);
        Assert.Contains("FY2022 (令和4年度)", answer);
        Assert.Contains("this was the plan's target for that year", answer);
        Assert.Contains("published in Japanese only", answer);
    }

    [Fact]
    public async Task Every_message_fits_the_phone_limit()
    {
        var bot = new BotHarness("tsushima", knowledge: BundledKnowledge.Base);

        var replies = await bot.SendAsync("Are there smartphone lessons or help for elderly people?");

        Assert.All(replies, r => Assert.True(r.Text!.Length <= new DialogOptions().MaxAnswerLength, r.Text));
        Assert.Contains("ICT講座", BotHarness.Text(replies));
        Assert.StartsWith(EnglishStrings.SourcePrefix, replies[^1].Text!.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paying_the_city_is_answered_from_the_english_layer_then_and_now()
    {
        var bot = new BotHarness("goshogawara", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Can I pay my municipal tax at a convenience store, or must I go to the bank?");

        Assert.Contains("LINE Pay", answer);
        Assert.Contains("FY2023", answer);
        Assert.DoesNotContain("Japanese only", answer);
    }

    [Fact]
    public async Task Two_questions_on_two_topics_are_both_answered_in_the_order_asked()
    {
        var bot = new BotHarness("handa", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("Does my My Number card work as a health insurance card? Also, can I get a residence certificate at a convenience store?");

        var insurance = answer.IndexOf("health insurance card (マイナ保険証)", StringComparison.Ordinal);
        var store = answer.IndexOf("convenience store", insurance + 1, StringComparison.Ordinal);
        Assert.True(insurance >= 0 && store > insurance, answer);
    }

    [Fact]
    public async Task A_role_told_first_does_not_choose_the_entry()
    {
        // 「teacher」 is a glossary word (the schools' staff): told as who the resident is, it is not what is asked.
        var bot = new BotHarness("tsushima", knowledge: BundledKnowledge.Base);

        var answer = await bot.AskAsync("I'm a teacher working in Tsushima. Will the My Number card make moving out easier?");

        Assert.Contains("ワンストップ", answer);
    }
}
