#!/usr/bin/env bash
# Issue #13's imported-only configuration, measured: the knowledge a new city starts from (the national content and
# each city's city.yaml, none of the hand-written city sections) plus the five seed plans imported with `dxbot import`,
# then `dxbot eval` on ../shared/eval/dev.jsonl and every tests/eval/*.jsonl. Prints the pass counts per set.
# Not a test: ./test.sh never runs it.
#   bench/imported/run.sh                 build, import, evaluate every set
#   bench/imported/run.sh --no-build      use the dxbot already built in src/DxBot/bin/Release
#   bench/imported/run.sh --sets "dev holdout3"   only these sets (dev = ../shared/eval/dev.jsonl, others tests/eval/NAME.jsonl)
#   bench/imported/run.sh --bundled       the same sets on the bundled hand-written knowledge instead (for comparison)
# Figures before and after the imported-answer work: bench/imported/RESULTS.md.
# The seed plans and dev.jsonl are read from ../shared beside the clone, or from $DXBOT_SHARED (a worktree kept elsewhere).
# Scratch goes to $DXBOT_IMPORTED_SCRATCH (default /tmp/dxbot-imported); each set's full eval output is kept there
# as eval-NAME.txt, and the passing case ids as pass-NAME.txt (for comparing two builds).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
scratch=${DXBOT_IMPORTED_SCRATCH:-/tmp/dxbot-imported}
# The shared folder beside the clone (../shared), or $DXBOT_SHARED when the clone is a worktree elsewhere.
shared=${DXBOT_SHARED:-$repo/../shared}
seeds="$shared/seeds"
build=1
bundled=0
sets=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --bundled) bundled=1; shift ;;
    --sets) sets="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

[[ $build == 1 ]] && dotnet build src/DxBot -c Release -v q -nologo >/dev/null
dxbot=(dotnet "$repo/src/DxBot/bin/Release/net10.0/dxbot.dll")

rm -rf "$scratch"
mkdir -p "$scratch"
knowledge="$scratch/knowledge"
if [[ $bundled == 1 ]]; then
  knowledge="$repo/knowledge"
else
  # National content as is; of each city only its profile.
  (cd knowledge && find . -type f | while read -r f; do
     case "$f" in
       ./cities/*/city.yaml|./cities/*) [[ "$(basename "$f")" == city.yaml ]] || continue ;;
     esac
     mkdir -p "$knowledge/$(dirname "$f")"
     cp "$f" "$knowledge/$f"
   done)
  # Each city's seed plan, as an administrator would import it (city.yaml names its seed file).
  for yaml in "$knowledge"/cities/*/city.yaml; do
    city=$(basename "$(dirname "$yaml")")
    seed=$(sed -n 's/^ *seed: *//p' "$yaml" | head -1)
    [[ -n "$seed" && -f "$seeds/$seed" ]] || { echo "no seed plan for $city" >&2; exit 1; }
    # --no-reindex: the evaluation below builds its own scratch index; a reindex here would write the default data/index.
    "${dxbot[@]}" import "$seeds/$seed" --city "$city" --knowledge "$knowledge" --no-reindex > "$scratch/import-$city.txt"
    head -1 "$scratch/import-$city.txt"
  done
fi

if [[ -z "$sets" ]]; then
  sets="dev"
  for f in tests/eval/*.jsonl; do sets+=" $(basename "$f" .jsonl)"; done
fi

total_pass=0
total=0
printf '%-12s %s\n' set passed
for name in $sets; do
  file="tests/eval/$name.jsonl"
  [[ $name == dev ]] && file="$shared/eval/dev.jsonl"
  out="$scratch/eval-$name.txt"
  # A scratch index: never the bundled data/index of a bot that may be running.
  "${dxbot[@]}" eval "$file" --knowledge "$knowledge" --index "$scratch/index" > "$out" 2>"$scratch/eval-$name.err" || true
  line=$(tail -1 "$out")
  passed=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' <<<"$line")
  failed=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' <<<"$line")
  [[ -n "$passed" ]] || { echo "$name: eval did not finish (see $out)" >&2; continue; }
  # Passing ids = every case id minus the failing ones.
  python3 - "$file" "$out" > "$scratch/pass-$name.txt" <<'PY'
import json, sys
ids = [json.loads(l)["id"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
failed = {l.split()[1] for l in open(sys.argv[2], encoding="utf-8") if l.startswith("FAIL ")}
print("\n".join(i for i in ids if i not in failed))
PY
  printf '%-12s %d/%d\n' "$name" "$passed" $((passed + failed))
  total_pass=$((total_pass + passed))
  total=$((total + passed + failed))
done
printf '%-12s %d/%d (%.1f %%)\n' all "$total_pass" "$total" "$(python3 -c "print(100*$total_pass/max($total,1))")"
