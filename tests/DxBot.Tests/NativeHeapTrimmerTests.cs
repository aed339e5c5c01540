using System.Runtime.InteropServices;
using DxBot.Hosting;
using DxBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DxBot.Tests;

public sealed class NativeHeapTrimmerTests
{
    [Fact]
    public void Memory_freed_inside_a_malloc_arena_goes_back_to_the_system()
    {
        if (!NativeHeapTrimmer.IsAvailable)
        {
            return; // glibc only
        }

        // 64 MiB in blocks below malloc's mmap threshold, written so they are resident; every other one freed, so the
        // free memory lies between blocks still in use, inside the arena, where free() alone does not give it back.
        const int Blocks = 1024;
        const int Size = 64 * 1024;
        var blocks = new IntPtr[Blocks];
        for (var i = 0; i < Blocks; i++)
        {
            // Marshal.AllocHGlobal is malloc on Unix.
            blocks[i] = Marshal.AllocHGlobal(Size);
            for (var offset = 0; offset < Size; offset += 4096)
            {
                Marshal.WriteByte(blocks[i], offset, 1);
            }
        }

        try
        {
            for (var i = 0; i < Blocks; i += 2)
            {
                Marshal.FreeHGlobal(blocks[i]);
                blocks[i] = IntPtr.Zero;
            }

            var before = AnonymousKiB();
            NativeHeapTrimmer.TrimNow();
            var after = AnonymousKiB();

            Assert.True(before - after > 16 * 1024, $"RssAnon {before} -> {after} KiB");
        }
        finally
        {
            foreach (var block in blocks.Where(b => b != IntPtr.Zero))
            {
                Marshal.FreeHGlobal(block);
            }
        }
    }

    [Fact]
    public async Task The_server_trims_on_its_interval()
    {
        if (!NativeHeapTrimmer.IsAvailable)
        {
            return; // glibc only
        }

        var time = new FakeTimeProvider();
        using var trimmer = new NativeHeapTrimmer(time, Microsoft.Extensions.Options.Options.Create(new LimitsOptions()), NullLogger<NativeHeapTrimmer>.Instance);
        await trimmer.StartAsync(CancellationToken.None);

        for (var i = 0; i < 200 && trimmer.Trims < 2; i++)
        {
            time.Advance(NativeHeapTrimmer.Interval);
            await Task.Delay(20);
        }

        Assert.True(trimmer.Trims >= 2);
        await trimmer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_served_host_runs_one_trimmer()
    {
        await using var factory = new DxBotFactory();
        Assert.Single(factory.Services.GetServices<IHostedService>().OfType<NativeHeapTrimmer>());
    }

    [Fact]
    public async Task The_file_mappings_are_trimmed_once_the_start_up_build_has_ended()
    {
        if (!NativeHeapTrimmer.IsAvailable || !MappedFileTrimmer.IsAvailable)
        {
            return; // Linux with glibc only
        }

        await using var factory = new DxBotFactory();
        var trimmer = factory.Services.GetServices<IHostedService>().OfType<NativeHeapTrimmer>().Single();
        await factory.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None);

        // Long before the minute's first trim: the start-up trim follows the build by StartupTrimDelay.
        for (var i = 0; i < 300 && trimmer.StartupReleased < 0; i++)
        {
            await Task.Delay(100);
        }

        // Start-up mapped the host's assemblies, some of which no turn has read again since.
        Assert.True(trimmer.StartupReleased > 0, $"released {trimmer.StartupReleased}");
    }

    [Fact]
    public async Task No_start_up_trim_when_file_mappings_are_left_alone()
    {
        await using var factory = new DxBotFactory(settings: new Dictionary<string, string> { ["Limits:TrimFileMappings"] = "false" });
        var trimmer = factory.Services.GetServices<IHostedService>().OfType<NativeHeapTrimmer>().Single();
        await factory.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None);
        await Task.Delay(NativeHeapTrimmer.StartupTrimDelay + TimeSpan.FromSeconds(1));
        Assert.Equal(-1, trimmer.StartupReleased);
    }

    [Fact]
    public void The_limits_register_the_trimmer_once_however_often_they_are_added()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddDxBotLimits(configuration);
        services.AddDxBotLimits(configuration);
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(NativeHeapTrimmer));
    }

    private static long AnonymousKiB() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
}
