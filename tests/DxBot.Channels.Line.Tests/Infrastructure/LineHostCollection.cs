namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>The tests that share <see cref="LineHostFixture"/>; fault injection ("fail the next N calls") needs them sequential.</summary>
[CollectionDefinition(Name)]
public sealed class LineHostCollection : ICollectionFixture<LineHostFixture>
{
    public const string Name = "LINE host";
}
