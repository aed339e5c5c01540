using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Tests.Shared;

/// <summary>
/// Records the measurements of named instruments made by ONE host: its IMeterFactory scopes its meters, so hosts
/// of other tests running in parallel are not heard.
/// </summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<MetricMeasurement> _measurements = new();

    public MetricRecorder(IServiceProvider services, params string[] instruments)
    {
        var scope = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instruments.Contains(instrument.Name) && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<MetricMeasurement> Measurements => [.. _measurements];

    /// <summary>Waits for a matching measurement (turns and deliveries run in the background); fails with what was seen.</summary>
    public async Task<MetricMeasurement> WaitForAsync(Func<MetricMeasurement, bool> match, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_measurements.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No {what}. Seen:\n" + string.Join("\n", _measurements));
            await Task.Delay(20);
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        _measurements.Enqueue(new MetricMeasurement(instrument.Name, value, copy));
    }
}
