using System.Text.Json.Nodes;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Topics.Handoff;

namespace DxBot.Dialogs.Tests.Engine;

public sealed class WaterfallOptionsTests
{
    private static readonly TopicRequest Request = new(
        "半田市のマイナンバーカード「交付率」は？\n\"改行\"も", "handa", SubTopic: "card", ProcedureIds: ["p1", "p2"], SlotName: "count",
        Subject: "交付", ContinueEntryId: "handa#3", ContinueFrom: 2, Context: "前の質問", AnsweredEntryId: "handa#1", ContinueRest: ["一文目。", "二文目。"], AsksForSupport: true);

    [Fact]
    public void The_options_given_read_back_as_their_own_type_equal_what_their_json_reads_back()
    {
        var node = WaterfallOptions.Keep(Request)!;

        var kept = WaterfallOptions.Read<TopicRequest>(node)!;
        var fromJson = JsonNode.Parse(node.ToJsonString())!;
        var parsed = WaterfallOptions.Read<TopicRequest>(fromJson)!;

        Assert.NotSame(Request, parsed);
        Assert.Equal(parsed with { ProcedureIds = null, ContinueRest = null }, kept with { ProcedureIds = null, ContinueRest = null });
        Assert.Equal(parsed.ProcedureIds, kept.ProcedureIds);
        Assert.Equal(parsed.ContinueRest, kept.ContinueRest);
    }

    [Fact]
    public void Options_asked_for_as_another_type_are_read_from_the_json()
    {
        var node = WaterfallOptions.Keep(new Reroute("住民票", "handa#1"))!;

        var read = WaterfallOptions.Read<HandoffRequest>(node);

        Assert.Null(read!.CityId);
        Assert.Equal(new Reroute("住民票", "handa#1"), WaterfallOptions.Read<Reroute>(node));
        Assert.Equal("住民票", WaterfallOptions.Read<string>(WaterfallOptions.Keep("住民票")!));
    }
}
