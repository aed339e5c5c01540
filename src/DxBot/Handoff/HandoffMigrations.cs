using DxBot.Storage.Sql;

namespace DxBot.Handoff;

/// <summary>The handoff module's schema, in order; a shipped step is never edited.</summary>
internal static class HandoffMigrations
{
    public static readonly SchemaMigration[] All =
    [
        new("handoff", 1,
            """
            CREATE TABLE handoff_requests (
                id TEXT PRIMARY KEY,
                city TEXT NOT NULL,
                channel TEXT NOT NULL,
                question TEXT NOT NULL,
                state TEXT NOT NULL,
                created_at TEXT NOT NULL,
                answered_at TEXT NULL,
                department TEXT NULL,
                answer TEXT NULL,
                card_activity_id TEXT NULL,
                reminded_at TEXT NULL,
                knowledge_file TEXT NULL,
                user_ref TEXT NULL);
            CREATE INDEX handoff_requests_state ON handoff_requests (state, created_at);
            CREATE TABLE handoff_channels (
                city TEXT PRIMARY KEY,
                service_url TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                captured_at TEXT NOT NULL);
            CREATE TABLE line_push_counts (
                city TEXT NOT NULL,
                month TEXT NOT NULL,
                pushes INTEGER NOT NULL,
                PRIMARY KEY (city, month));
            """,
            """
            CREATE TABLE handoff_requests (
                id text PRIMARY KEY,
                city text NOT NULL,
                channel text NOT NULL,
                question text NOT NULL,
                state text NOT NULL,
                created_at timestamptz NOT NULL,
                answered_at timestamptz NULL,
                department text NULL,
                answer text NULL,
                card_activity_id text NULL,
                reminded_at timestamptz NULL,
                knowledge_file text NULL,
                user_ref text NULL);
            CREATE INDEX handoff_requests_state ON handoff_requests (state, created_at);
            CREATE TABLE handoff_channels (
                city text PRIMARY KEY,
                service_url text NOT NULL,
                conversation_id text NOT NULL,
                captured_at timestamptz NOT NULL);
            CREATE TABLE line_push_counts (
                city text NOT NULL,
                month text NOT NULL,
                pushes bigint NOT NULL,
                PRIMARY KEY (city, month));
            """),
    ];
}
