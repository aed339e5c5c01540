namespace DxBot.Storage.Sql.Tests.Infrastructure;

/// <summary>The test classes that share one PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
