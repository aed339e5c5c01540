#!/usr/bin/env bash
# README's test command: builds, runs every test project, then the answer-quality cases with their bar.
# Ends with one 'N passed, M failed' line for the unit and integration tests.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The storage tests start their own redis-server on a loopback port; a fresh Debian machine lacks it.
if ! command -v redis-server >/dev/null 2>&1; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing redis-server (Debian package) for the storage tests" >&2
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq redis-server >/dev/null || exit 1
fi

# `dxbot line richmenu` draws Japanese labels; its tests need a font with Japanese glyphs.
if ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing fonts-noto-cjk (Debian package) for the rich menu tests" >&2
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq fonts-noto-cjk >/dev/null || exit 1
fi

# The import tests lay out PDFs with an embedded Japanese TrueType font; PdfPig cannot embed Noto CJK's CFF outlines.
if ! ls /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf /usr/share/fonts/truetype/fonts-japanese-gothic.ttf >/dev/null 2>&1; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing fonts-ipafont-gothic (Debian package) for the import tests" >&2
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq fonts-ipafont-gothic >/dev/null || exit 1
fi

# The database tests start their own throwaway PostgreSQL (initdb + pg_ctl under /usr/lib/postgresql/*/bin).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing postgresql (Debian package) for the database tests" >&2
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null || exit 1
fi

# The search reads questions typed in kana with MeCab (libmecab2 + IPAdic in UTF-8); its tests run it for real.
# (The library is in the multiarch folder on Debian, in /usr/lib elsewhere: either will do.)
if ! { ls /usr/lib/*/libmecab.so.2 >/dev/null 2>&1 || [ -f /usr/lib/libmecab.so.2 ]; } || ! [ -f /var/lib/mecab/dic/ipadic-utf8/sys.dic ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing mecab, libmecab2 and mecab-ipadic-utf8 (Debian packages) for the search" >&2
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq mecab libmecab2 mecab-ipadic-utf8 >/dev/null || exit 1
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet build DxBot.sln -c Release -nologo -v q || exit 1

status=0
dotnet test DxBot.sln -c Release --no-build -nologo -v q --logger "trx" --results-directory "$results" || status=1

# The answer-quality bar of issue 2: at least 40 of the 42 sample cases.
eval_file=../shared/eval/dev.jsonl
if [ -f "$eval_file" ]; then
  dotnet run -c Release --no-build --project src/DxBot -- eval "$eval_file" --min-pass 0.95 --index "$results/index" || status=1
else
  echo "note: $eval_file not found; answer-quality cases skipped" >&2
fi

# The container image (docs/deploy.md): built as an archive when the base image's registry is reachable; otherwise
# one SKIPPED line says why.
bash deploy/container-check.sh || status=1

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | tr -dc 0-9); f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | tr -dc 0-9)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A failure's message, so a CI log says which assertion failed and not only which test.
if [ "$failed" -gt 0 ]; then
  for trx in "$results"/*.trx; do
    grep -q 'outcome="Failed"' "$trx" 2>/dev/null || continue
    grep -o '<UnitTestResult [^>]*outcome="Failed"' "$trx" | grep -o 'testName="[^"]*"' | sed 's/^/failed: /'
    sed -n '/<Message>/,/<\/Message>/p' "$trx" | head -40
  done
fi
echo "tests: $passed passed, $failed failed"
exit $status
