#!/usr/bin/env bash
# Import of a 300-page PDF (issue #13): `dxbot import` and `dxbot reindex` as their own processes, time and peak memory.
# The PDF is generated from ../shared/seeds with an embedded IPA Gothic (fonts-ipafont-gothic), as the import tests do.
# Not a test: ./test.sh never runs it.
#   bench/import/run.sh               3 runs, writes the "Import of a 300-page PDF" section of docs/benchmarks.md
#   bench/import/run.sh --runs 1      fewer runs; --no-write: print only; --pages N: another length
# Scratch goes to $DXBOT_BENCH_SCRATCH (default /tmp/dxbot-importbench).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
scratch=${DXBOT_BENCH_SCRATCH:-/tmp/dxbot-importbench}

dotnet build src/DxBot -c Release -v q -nologo >/dev/null
dotnet build bench/DxBot.ImportBench -c Release -v q -nologo >/dev/null

args=()
write=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-write) write=0; shift ;;
    *) args+=("$1" "$2"); shift 2 ;;
  esac
done
out=()
[[ $write == 1 ]] && out=(--out "$repo/docs/benchmarks.md")
exec dotnet bench/DxBot.ImportBench/bin/Release/net10.0/DxBot.ImportBench.dll --repo "$repo" --dxbot "$repo/src/DxBot/bin/Release/net10.0/dxbot.dll" \
  --scratch "$scratch" "${out[@]}" "${args[@]}"
