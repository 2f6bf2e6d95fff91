#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt, one per target
# framework, of each package: the core (Cianopramine.Data) and its companions (Cianopramine.Data.Import,
# Cianopramine.Data.Analysis). Review the diff: each new line is a public API commitment.
#   bash eng/update-public-api.sh            # all three packages
#   bash eng/update-public-api.sh Cianopramine.Data.Analysis
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  projects=(Cianopramine.Data Cianopramine.Data.Import Cianopramine.Data.Analysis)
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for project in "${projects[@]}"; do
  echo "$project:"
  dotnet build "$root/src/$project/$project.csproj" --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
  python3 "$root/eng/public-api-from-build-log.py" "$log" "$root/src/$project/PublicAPI" "$project"
done
