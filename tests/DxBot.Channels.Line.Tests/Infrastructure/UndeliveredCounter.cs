using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>Listens to `dxbot.line.messages.undelivered` of one host (its IMeterFactory scopes the meter).</summary>
internal sealed class UndeliveredCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _byCity = new(StringComparer.Ordinal);

    public UndeliveredCounter(IServiceProvider services)
    {
        var scope = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LineMetrics.MeterName && instrument.Name == "dxbot.line.messages.undelivered" && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "city" && tag.Value is string city)
                {
                    _byCity.AddOrUpdate(city, value, (_, old) => old + value);
                }
            }
        });
        _listener.Start();
    }

    public async Task WaitForAsync(string city, long atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_byCity.GetValueOrDefault(city) < atLeast)
        {
            Assert.True(DateTime.UtcNow < deadline, $"dxbot.line.messages.undelivered for {city} stayed at {_byCity.GetValueOrDefault(city)}");
            await Task.Delay(20);
        }
    }

    public void Dispose() => _listener.Dispose();
}
