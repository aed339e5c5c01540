using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// Every log line of the host under test, with its structured values and the scopes it was written in (as a
/// console or JSON formatter would show them), to prove what never reaches a log and what every line carries.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
        ? string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"))
        : state?.ToString() ?? string.Empty;

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            owner._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {Describe(state)} | {exception} | scopes: {string.Join(" => ", scopes)}");
        }
    }
}
