#!/usr/bin/env bash
# The load benchmark of the channel endpoints (issue #6). Not a test: ./test.sh never runs it.
#   bench/load/run.sh           full run (about 8 minutes), writes docs/benchmarks.md
#   bench/load/run.sh --quick   about 20 s of LINE throughput, ends with "throughput ratio vs @line/bot-sdk: X"
#   bench/load/run.sh --quick --trace /tmp/dxbot.nettrace   the same, with a CPU sampling trace of DxBot
#   bench/load/run.sh --reindex-only   the 100× reindex runs only (full, then after one city's edit), about 2 minutes
#   bench/load/run.sh --quick --teams-only   only DxBot's Teams runs; --line-only: only its LINE throughput run
#                                            (the ids of messages left unanswered are printed)
#   bench/load/run.sh --quick --line-rate-only --warm-up 25   LINE at 200 req/s only (p99 per second printed), after
#                                            25 s of unmeasured closed-loop load as in the full run
#   bench/load/run.sh --one-x-only   the full run's 1× DxBot alone (its six runs, about 2.5 minutes), memory printed per run
# DxBot runs as published for deployment (ReadyToRun). Scratch (node_modules of the peers, the published bot, logs,
# replicated knowledge, indexes) goes to $DXBOT_BENCH_SCRATCH
# (default /tmp/dxbot-loadbench), never into the repository.
set -euo pipefail
# --help prints the lines above (it used to start the full run, which rewrites docs/benchmarks.md).
if [[ " $* " == *" --help "* || " $* " == *" -h "* ]]; then
  sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
  exit 0
fi
cd "$(dirname "$0")/../.."
repo=$(pwd)
scratch=${DXBOT_BENCH_SCRATCH:-/tmp/dxbot-loadbench}
peers="$scratch/peers"
mkdir -p "$peers"

command -v node >/dev/null || { echo "node and npm are needed for the peer bots (apt-get install -y nodejs npm)" >&2; exit 1; }

# The peers: tiny echo bots written here, their SDKs installed with npm into the scratch folder.
cp bench/load/peers/package.json bench/load/peers/*.mjs "$peers/"
if ! cmp -s "$peers/package.json" "$peers/.installed" 2>/dev/null || [ ! -d "$peers/node_modules" ]; then
  (cd "$peers" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$peers/package.json" "$peers/.installed"
fi

dotnet build DxBot.sln -c Release -v q -nologo >/dev/null
dotnet build bench/DxBot.LoadBench -c Release -v q -nologo >/dev/null
# The bot as deployed (docs/deploy.md): published with ReadyToRun, so --quick and the full run measure the same code.
dotnet publish src/DxBot -c Release -r linux-x64 -v q -nologo -o "$scratch/dxbot-published" >/dev/null

args=(--repo "$repo" --peers "$peers" --scratch "$scratch" --published "$scratch/dxbot-published")
dll=bench/DxBot.LoadBench/bin/Release/net10.0/DxBot.LoadBench.dll
# Other options are passed on: --trace FILE.nettrace records a CPU sampling trace of DxBot (dotnet-trace report FILE topN).
if [[ " $* " == *" --quick "* ]]; then
  exec dotnet "$dll" "${args[@]}" "$@"
fi
exec dotnet "$dll" "${args[@]}" --out "$repo/docs/benchmarks.md" "$@"
