#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to the library's PublicAPI.Unshipped.txt files,
# one per target framework. Review the diff: each new line is a public API commitment.
#   bash eng/update-public-api.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
log=$(mktemp)
dotnet build "$root/src/Cianopramine.Data/Cianopramine.Data.csproj" --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
python3 "$root/eng/public-api-from-build-log.py" "$log" "$root/src/Cianopramine.Data/PublicAPI"
rm -f "$log"
