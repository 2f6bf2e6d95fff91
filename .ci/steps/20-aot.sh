#!/usr/bin/env bash
# Publish the smoke app with Native AOT (trimming and AOT warnings are errors) and run the native binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish "$root/tests/Cianopramine.Data.AotSmoke/Cianopramine.Data.AotSmoke.csproj" -c Release -r linux-x64 -o "$out" -warnaserror >"$out.log" 2>&1 || { cat "$out.log"; exit 1; }
grep -E "warning (IL|AOT)" "$out.log" && { echo "trimming or AOT warnings"; exit 1; }
file "$out/Cianopramine.Data.AotSmoke" 2>/dev/null || true
"$out/Cianopramine.Data.AotSmoke"
