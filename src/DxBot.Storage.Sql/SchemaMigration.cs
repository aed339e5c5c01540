namespace DxBot.Storage.Sql;

/// <summary>
/// One step of one feature module's schema (e.g. module "handoff", version 1), in each provider's dialect. A module's
/// versions are applied in order, each once, in a transaction with its row in <c>schema_migrations</c>; a step once
/// shipped is never edited: a change is a new version.
/// </summary>
/// <param name="Module">Lower-case name of the feature that owns the tables.</param>
/// <param name="Version">1, 2, 3, … within the module.</param>
/// <param name="Sqlite">The step's SQL for SQLite (several statements allowed).</param>
/// <param name="PostgreSql">The step's SQL for PostgreSQL (several statements allowed).</param>
public sealed record SchemaMigration(string Module, int Version, string Sqlite, string PostgreSql)
{
    public string SqlFor(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql ? PostgreSql : Sqlite;
}
