#!/usr/bin/env python3
"""Summarise a BenchmarkDotNet run of Cianopramine.Data.Benchmarks: scale tables (how each cost grows from 1k to 100k
results, against the budgets) and an SVG plot, from the *-report-plain.csv files the benchmarks write.

    python3 benchmarks/scripts/report.py BenchmarkDotNet.Artifacts/results [--svg docs/performance-scale.svg]

Standard library only. Prints Markdown to standard output.
"""
import csv
import glob
import math
import os
import sys
from xml.sax.saxutils import escape


def read(results_dir, name):
    """The rows of <results_dir>/*<name>-report-plain.csv, or [] when that class did not run."""
    paths = glob.glob(os.path.join(results_dir, f"*{name}-report-plain.csv"))
    if not paths:
        return []
    with open(paths[0], newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def number(text):
    try:
        return float(text.replace(",", ""))
    except (ValueError, AttributeError):
        return None


def by_size(rows):
    """{method: {results: row}} for a class with a Results parameter."""
    table = {}
    for row in rows:
        table.setdefault(row["Method"].strip("'"), {})[int(row["Results"])] = row
    return table


def fmt_time(ns):
    if ns is None:
        return "n/a"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:,.3g} {unit}" if ns / scale < 100 else f"{ns / scale:,.0f} {unit}"
    return f"{ns:,.1f} ns"


def fmt_bytes(b):
    if b is None:
        return "n/a"
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if b >= scale:
            return f"{b / scale:,.1f} {unit}"
    return f"{b:,.0f} B"


def scale_table(title, table, budget=None):
    sizes = sorted({s for per in table.values() for s in per})
    if not sizes:
        return ""
    lines = [f"#### {title}", ""]
    head = "| | " + " | ".join(f"{s:,} results" for s in sizes) + f" | {sizes[-1] // sizes[0]:,}× data: time × | allocated at {sizes[-1]:,} |"
    if budget:
        head += " budget |"
    lines.append(head)
    lines.append("|---" * (len(sizes) + 3 + (1 if budget else 0)) + "|")
    for method, per in table.items():
        means = [number(per[s]["Mean [ns]"]) if s in per else None for s in sizes]
        growth = means[-1] / means[0] if means[0] and means[-1] else None
        alloc = number(per[sizes[-1]].get("Allocated [B]", "")) if sizes[-1] in per else None
        row = f"| {method} | " + " | ".join(fmt_time(m) for m in means) + f" | {growth:,.2f} |" if growth else f"| {method} | " + " | ".join(fmt_time(m) for m in means) + " | n/a |"
        row += f" {fmt_bytes(alloc)} |"
        if budget:
            verdict = budget(method, means, growth)
            row += f" {verdict} |"
        lines.append(row)
    return "\n".join(lines) + "\n"


def query_budget(method, means, growth):
    if method.startswith("LINQ"):
        return "(no index: grows with the data, for contrast)"
    if growth is None:
        return "n/a"
    return f"≤ 1.5×: {'met' if growth <= 1.5 else 'missed'}"


def svg_plot(panels, path):
    """panels: [(title, y_label, {series: {x: y}})], log-log, side by side."""
    width, height, margin = 520, 360, 60
    colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#000000"]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * len(panels)}" height="{height + 170}" font-family="sans-serif" font-size="11">',
             '<rect width="100%" height="100%" fill="white"/>']
    for p, (title, ylabel, series) in enumerate(panels):
        ox = p * width
        xs = sorted({x for s in series.values() for x in s})
        ys = [y for s in series.values() for y in s.values() if y and y > 0]
        if not xs or not ys:
            continue
        x0, x1 = math.log10(min(xs)), math.log10(max(xs))
        y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
        if y1 == y0:
            y1 += 1

        def px(x):
            return ox + margin + (math.log10(x) - x0) / (x1 - x0 or 1) * (width - 2 * margin)

        def py(y):
            return height - margin + 20 - (math.log10(y) - y0) / (y1 - y0) * (height - 2 * margin)

        parts.append(f'<text x="{ox + width / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">{escape(title)}</text>')
        for e in range(y0, y1 + 1):
            y = py(10 ** e)
            parts.append(f'<line x1="{ox + margin}" y1="{y}" x2="{ox + width - margin}" y2="{y}" stroke="#ddd"/>')
            parts.append(f'<text x="{ox + margin - 5}" y="{y + 4}" text-anchor="end">{escape(fmt_time(10 ** e) if ylabel == "time" else str(10 ** e))}</text>')
        for x in xs:
            parts.append(f'<line x1="{px(x)}" y1="{py(10 ** y0)}" x2="{px(x)}" y2="{py(10 ** y1)}" stroke="#eee"/>')
            parts.append(f'<text x="{px(x)}" y="{py(10 ** y0) + 15}" text-anchor="middle">{x:,} results</text>')
        for i, (name, points) in enumerate(series.items()):
            color = colors[i % len(colors)]
            pts = [(px(x), py(y)) for x, y in sorted(points.items()) if y and y > 0]
            parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in pts)}"/>')
            for a, b in pts:
                parts.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{color}"/>')
            ly = height + 30 + (i // 2) * 16
            lx = ox + margin + (i % 2) * 220
            parts.append(f'<line x1="{lx}" y1="{ly - 4}" x2="{lx + 18}" y2="{ly - 4}" stroke="{color}" stroke-width="2"/>')
            parts.append(f'<text x="{lx + 22}" y="{ly}">{escape(name[:38])}</text>')
    parts.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    results = sys.argv[1]
    svg = sys.argv[sys.argv.index("--svg") + 1] if "--svg" in sys.argv else None

    query = by_size(read(results, "QueryScaleBenchmarks"))
    materialise = by_size(read(results, "MaterialiseScaleBenchmarks"))
    generator = by_size(read(results, "GeneratorScaleBenchmarks"))
    cold = by_size(read(results, "ScaleColdStartBenchmarks"))

    print(scale_table("Query latency by dataset size", query, query_budget))
    print(scale_table("Generator and compiler by dataset size", generator,
                      lambda m, means, g: "generation ≤ 10 s at 100k: " + ("met" if means[-1] and means[-1] <= 10e9 else "missed") if m.startswith("Generator") else "(no budget)"))
    build = dict(materialise)
    build.update(cold)
    def materialise_budget(method, means, growth):
        if method.startswith("Generated") or method.startswith("First"):
            return "≤ 100 ms at 100k: " + ("met" if means[-1] and means[-1] <= 100e6 else "missed")
        return "(part of the first row)" if method.startswith("…") else "(no budget)"

    print(scale_table("Materialisation by dataset size", build, materialise_budget))

    if svg:
        def series(table, names=None):
            return {m: {s: number(r["Mean [ns]"]) for s, r in per.items()} for m, per in table.items() if names is None or m in names}
        build_series = {**series(generator), **series(build)}
        svg_plot([("Query latency (lower is better)", "time", series(query)),
                  ("Generate, compile, materialise", "time", build_series)], svg)
        print(f"<!-- plot written to {svg} -->")
    return 0


if __name__ == "__main__":
    sys.exit(main())
