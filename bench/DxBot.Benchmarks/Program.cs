using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DxBot.Benchmarks.Turns.TurnBenchmarks).Assembly).Run(args);
