"""Reads a build log and adds the symbols of RS0016 ("not part of the declared public API") to
PublicAPI.Unshipped.txt of the target framework that reported them. Usage: script BUILD_LOG PUBLICAPI_DIR [PROJECT]
With PROJECT (e.g. Cianopramine.Data.Analysis) only the warnings of PROJECT.csproj count, not those of the projects
it references, which the same build log holds."""
import collections
import re
import sys

log = open(sys.argv[1], encoding="utf-8").read().splitlines()
project = sys.argv[3] if len(sys.argv) > 3 else None
found = collections.defaultdict(set)
for line in log:
    m = re.search(r"RS0016: Symbol '(.*)' is not part of the declared public API.*[/\\]([\w.]+)\.csproj::TargetFramework=([\w.]+)\]", line)
    if m and (project is None or m.group(2) == project):
        found[m.group(3)].add(m.group(1))
for framework, symbols in sorted(found.items()):
    path = f"{sys.argv[2]}/{framework}/PublicAPI.Unshipped.txt"
    existing = [l for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("#")]
    lines = sorted(set(existing) | symbols)
    with open(path, "w", encoding="utf-8") as f:
        f.write("#nullable enable\n" + "".join(s + "\n" for s in lines))
    print(f"{framework}: {len(symbols)} added, {len(lines)} in all")
