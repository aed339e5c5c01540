using BenchmarkDotNet.Running;
using DxBot.Benchmarks.Turns;

if (args.Length > 0 && args[0] == "line-turns")
{
    return await LineTurnRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(TurnBenchmarks).Assembly).Run(args);
return 0;
