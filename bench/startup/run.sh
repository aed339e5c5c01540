#!/usr/bin/env bash
# Cold start of the published bot (issue #17): time to listening and to /readyz 200 on the bundled knowledge, for a
# ReadyToRun build and a JIT-only build, first start (no index on disk) and restart. Not a test: ./test.sh never runs it.
#   bench/startup/run.sh            5 runs of each, writes the "Start-up" section of docs/benchmarks.md
#   bench/startup/run.sh --runs 3   fewer runs; --no-write: print only
# Scratch (the published builds, data folders) goes to $DXBOT_BENCH_SCRATCH (default /tmp/dxbot-startupbench).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
scratch=${DXBOT_BENCH_SCRATCH:-/tmp/dxbot-startupbench}
mkdir -p "$scratch"

dotnet publish src/DxBot -c Release -r linux-x64 -v q -nologo -o "$scratch/readytorun" >/dev/null
dotnet publish src/DxBot -c Release -r linux-x64 -v q -nologo -p:PublishReadyToRun=false -o "$scratch/jit" >/dev/null
dotnet build bench/DxBot.LoadBench -c Release -v q -nologo >/dev/null

out=(--out "$repo/docs/benchmarks.md")
[[ " $* " == *" --no-write "* ]] && out=()
exec dotnet bench/DxBot.LoadBench/bin/Release/net10.0/DxBot.LoadBench.dll --startup --repo "$repo" --scratch "$scratch" \
  --build "ReadyToRun=$scratch/readytorun" --build "JIT only=$scratch/jit" "${out[@]}" "$@"
