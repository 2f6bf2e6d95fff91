"""Reads a build log and adds the symbols of RS0016 ("not part of the declared public API") to
PublicAPI.Unshipped.txt of the target framework that reported them. Usage: script BUILD_LOG PUBLICAPI_DIR"""
import collections
import re
import sys

log = open(sys.argv[1], encoding="utf-8").read().splitlines()
found = collections.defaultdict(set)
for line in log:
    m = re.search(r"RS0016: Symbol '(.*)' is not part of the declared public API.*TargetFramework=([\w.]+)\]", line)
    if m:
        found[m.group(2)].add(m.group(1))
for framework, symbols in sorted(found.items()):
    path = f"{sys.argv[2]}/{framework}/PublicAPI.Unshipped.txt"
    existing = [l for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("#")]
    lines = sorted(set(existing) | symbols)
    with open(path, "w", encoding="utf-8") as f:
        f.write("#nullable enable\n" + "".join(s + "\n" for s in lines))
    print(f"{framework}: {len(symbols)} added, {len(lines)} in all")
