#!/usr/bin/env bash
# Builds the container image as an archive with the .NET SDK (no Docker daemon) and checks what is in it
# (docs/deploy.md). The SDK must pull the base image's layers: when its registry cannot be reached from this
# machine, the check says so on one SKIPPED line and builds nothing, rather than pass without building.
# Exit: 0 built and checked, or skipped (with the reason); 1 the build or the check failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

base=$(sed -n 's:.*<ContainerBaseImage>\(.*\)</ContainerBaseImage>.*:\1:p' src/DxBot/DxBot.csproj)
registry=${base%%/*}

skip() {
  echo "container image: SKIPPED, not built: base image $base unreachable from this machine ($1)"
  exit 0
}

if ! getent hosts "$registry" >/dev/null 2>&1 && [ -z "${HTTPS_PROXY:-}${https_proxy:-}" ]; then
  skip "the name $registry does not resolve"
fi
if command -v curl >/dev/null 2>&1; then
  # Any HTTP answer (401 without a token) means the registry is there; only a failure to connect skips.
  code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 "https://$registry/v2/" 2>/tmp/dxbot-container-curl.$$) || true
  reason=$(tr -d '\n' </tmp/dxbot-container-curl.$$ 2>/dev/null); rm -f /tmp/dxbot-container-curl.$$
  [ "${code:-000}" = "000" ] && skip "https://$registry/v2/ did not answer: ${reason:-no reason given}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
archive="$work/dxbot.tar.gz"
if ! dotnet publish src/DxBot/DxBot.csproj -c Release -r linux-x64 -nologo -v q /t:PublishContainer \
     -p:ContainerArchiveOutputPath="$archive" >"$work/publish.log" 2>&1; then
  tail -30 "$work/publish.log"
  echo "container image: FAILED to build (log above)"
  exit 1
fi

mkdir -p "$work/image" "$work/layers"
tar -xf "$archive" -C "$work/image" || { echo "container image: FAILED, $archive is not a tar archive"; exit 1; }
[ -f "$work/image/manifest.json" ] || { echo "container image: FAILED, no manifest.json in the archive"; exit 1; }
for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$work/image/manifest.json"); do
  tar -xf "$work/image/$layer" -C "$work/layers" 2>/dev/null
done
missing=0
for path in app/dxbot app/dxbot.dll app/appsettings.json app/knowledge/README.md; do
  [ -e "$work/layers/$path" ] || { echo "container image: FAILED, $path missing from the image"; missing=1; }
done
[ $missing -eq 0 ] || exit 1
echo "container image: built and checked ($(du -h "$archive" | cut -f1) archive, base $base)"
