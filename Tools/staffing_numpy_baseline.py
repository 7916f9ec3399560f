#!/usr/bin/env python3
"""The numpy baseline of the staffing batch benchmark: the same staffing rules, vectorised.

    Tools/staffing_numpy_baseline.py                 # export the corpus if needed, time, verify
    Tools/staffing_numpy_baseline.py --data DIR      # use an existing staffing-export directory
    Tools/staffing_numpy_baseline.py --json          # one JSON object on stdout (for compare-performance)

It reads what Benchmarks' `staffing-export` writes (building and running it when DIR has no
export, or with --refresh): the catalogue's standards as data (rules.json: each requirement's
law, unit, rounding, floor and condition as StaffingStandard states them), the 10,000,000
structures of StaffingCorpus (types.i32, capacities.i32), and Swift's totals (batch-totals.i64
from StaffingBatchEvaluator for every structure, scalar-totals.i64 from StaffingCalculator for
the first 100,000).

The total of a structure is its required staff-hours a week in hundredths: for every
requirement whose condition is declared (none is, as in the benchmark), the law's exact amount
at the capacity, rounded by the requirement's rule, raised to its floor, turned into hours a
week (full-time hours for persons and FTE, 1 for hours a week, days a week for hours a day, 168
for posts around the clock, the first coverage window for posts over the opening), times 100
rounded half up; then summed. Integer (int64) arithmetic only, as in Swift; an inadmissible
capacity gives -1.

Two implementations are timed, computation only (inputs already in memory, outputs allocated
inside the timed region as numpy does), median of --repeat runs, one thread:

- `direct` (the baseline): structures grouped by type with one stable radix argsort (group
  bounds from a bincount), then every
  requirement line evaluated over each group's capacities with numpy ufuncs (a capacity-free
  line is one Python integer per type), the totals scattered back.
- `memoised` (for information): each type's totals tabulated over its admissible capacities
  with the same vectorised code, then one gather per structure, as Swift's default evaluator does.

Both must equal Swift's totals on every structure, and the scalar API's on the first 100,000,
or the script exits 1: the figures then compare implementations of the same rules.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "Benchmarks")
DEFAULT_DATA = os.path.join(PACKAGE, ".build", "staffing-corpus")
FILES = ("rules.json", "types.i32", "capacities.i32", "batch-totals.i64", "scalar-totals.i64")


def export(data, count):
    build = ["swift", "build", "--package-path", PACKAGE, "-c", "release", "--product", "staffing-export"]
    print("$ " + " ".join(build), file=sys.stderr, flush=True)
    if subprocess.run(build, cwd=ROOT, stdout=sys.stderr).returncode != 0:
        sys.exit("staffing_numpy_baseline: cannot build staffing-export")
    binary = subprocess.run(build + ["--show-bin-path"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    command = [os.path.join(binary, "staffing-export"), data] + ([str(count)] if count else [])
    print("$ " + " ".join(command), file=sys.stderr, flush=True)
    if subprocess.run(command, cwd=ROOT, stdout=sys.stderr).returncode != 0:
        sys.exit("staffing_numpy_baseline: staffing-export failed")


# MARK: Rules

class Line:
    """One requirement as integers: amount P/Q x h(N), rounding, floor, hours per unit."""

    def __init__(self, requirement, standard, full_time):
        law = requirement["law"]
        kind = law["kind"]
        p, q = law["amount"]
        self.module = None
        if kind == "fixed":
            self.mode = "constant"
        elif kind == "share-of-capacity":
            self.mode = "linear"
        elif kind == "per-module" and law["partialModules"] == "whole-modules":
            self.mode = "whole-modules"
            self.module = law["moduleSize"]
        else:
            divisor = {"per-module": "moduleSize", "proportional-to-reference": "reference", "per-users": "users"}[kind]
            self.mode = "linear"
            q *= law[divisor]
        if q < 0:
            p, q = -p, -q
        self.p, self.q = p, q
        self.rounding = requirement["rounding"]
        self.floor = tuple(requirement["floor"]) if requirement["floor"] else None
        unit = requirement["unit"]
        if unit in ("persons", "fte"):
            self.hours = tuple(full_time)
        elif unit == "hours-per-week":
            self.hours = (1, 1)
        elif unit == "hours-per-day":
            self.hours = (standard["daysPerWeek"], 1)
        elif unit == "posts-24h":
            self.hours = (168, 1)
        elif unit == "posts-opening":
            self.hours = (standard["firstCoverageHoursPerWeek"] or 0, 1)
        else:
            raise ValueError(f"unknown unit {unit}")
        self.condition = requirement["condition"]


def round_div(n, d, rule, nonnegative=False):
    """RoundingRule.round on integers: n / d rounded, d > 0 (scalar or array); a negative n is
    rounded in magnitude and its sign restored, as Swift does. `nonnegative` promises n >= 0."""
    if isinstance(n, (int, np.integer)) and isinstance(d, (int, np.integer)):
        a = abs(int(n))
        d = int(d)
        r = (2 * a + d) // (2 * d) if rule == "half-up" else (a + d - 1) // d if rule == "up" else a // d
        return -r if n < 0 else r
    negative = None if nonnegative else n < 0
    a = np.abs(n) if negative is not None else n
    if rule == "half-up":
        r = (2 * a + d) // (2 * d)
    elif rule == "up":
        r = (a + d - 1) // d
    else:
        r = a // d
    return r if negative is None else np.where(negative, -r, r)


def line_hundredths(line, capacities, nonnegative=False):
    """The line's hours a week in hundredths at each capacity (an int when the law ignores it)."""
    if line.mode == "constant":
        h = 1
    elif line.mode == "linear":
        h = capacities
    else:
        m = line.module
        if m == 0:
            h = 0
        elif isinstance(capacities, int):
            h = round_div(capacities, m, "up") if m > 0 else -round_div(capacities, -m, "up")
        else:
            h = (capacities + (m - 1)) // m if m > 0 and nonnegative else \
                np.where((capacities < 0) != (m < 0), -((np.abs(capacities) + abs(m) - 1) // abs(m)),
                         (np.abs(capacities) + abs(m) - 1) // abs(m))
    numerator = line.p * h
    denominator = line.q
    if line.rounding != "exact":
        numerator = round_div(numerator, denominator, line.rounding, nonnegative)
        denominator = 1
    if line.floor is not None:
        fn, fd = line.floor
        below = numerator * fd < fn * denominator
        if isinstance(below, (bool, np.bool_)):
            if below:
                numerator, denominator = fn, fd
        else:
            numerator = np.where(below, fn, numerator)
            denominator = np.where(below, fd, denominator) if denominator != fd else denominator
    hn, hd = line.hours
    return round_div(numerator * (100 * hn), denominator * hd, "half-up", nonnegative)


class Standard:
    def __init__(self, standard, full_time, conditions):
        self.id = standard["id"]
        limits = standard["capacityLimits"]
        self.low, self.high = (limits[0], limits[1]) if limits else (0, 2**63 - 1)
        lines = [Line(r, standard, full_time) for r in standard["requirements"]]
        lines = [line for line in lines if line.condition is None or line.condition in conditions]
        # A line that ignores the capacity is one integer for the type.
        self.constant = sum(int(line_hundredths(line, 0)) for line in lines if line.mode == "constant")
        self.lines = [line for line in lines if line.mode != "constant"]
        # Admissible capacities and every coefficient non-negative (the whole catalogue): no
        # sign handling needed (inadmissible capacities are overwritten with -1 anyway).
        self.nonnegative = self.low >= 0 and all(
            line.p >= 0 and (line.module or 0) >= 0 and line.hours[0] >= 0 and (line.floor or (0, 1))[0] >= 0
            for line in self.lines)

    def totals(self, capacities):
        """Totals over an int64 array of capacities of this type."""
        total = np.full(capacities.shape, self.constant, dtype=np.int64)
        for line in self.lines:
            total += line_hundredths(line, capacities, self.nonnegative)
        bad = (capacities < self.low) | (capacities > self.high)
        if bad.any():
            total[bad] = -1
        return total


# MARK: The two implementations

def direct(standards, types, capacities):
    order = np.argsort(types.astype(np.uint8 if len(standards) < 256 else np.uint16), kind="stable")
    sorted_capacities = capacities[order].astype(np.int64)
    bounds = np.zeros(len(standards) + 1, dtype=np.int64)
    np.cumsum(np.bincount(types, minlength=len(standards)), out=bounds[1:])
    sorted_totals = np.empty(len(types), dtype=np.int64)
    for index, standard in enumerate(standards):
        start, end = bounds[index], bounds[index + 1]
        if end > start:
            sorted_totals[start:end] = standard.totals(sorted_capacities[start:end])
    totals = np.empty(len(types), dtype=np.int64)
    totals[order] = sorted_totals
    return totals


def tabulate(standards, maximum):
    tables, offsets, lows, counts = [], [], [], []
    offset = 0
    for standard in standards:
        low = standard.low
        high = min(standard.high, low + maximum - 1)
        table = standard.totals(np.arange(low, high + 1, dtype=np.int64))
        tables.append(table)
        offsets.append(offset - low)
        lows.append(low)
        counts.append(len(table))
        offset += len(table)
    return np.concatenate(tables), np.array(offsets, dtype=np.int64), np.array(lows, dtype=np.int64), np.array(counts, dtype=np.int64)


def memoised(table, types, capacities):
    flat, offsets, lows, counts = table
    index = offsets[types] + capacities
    # Every corpus capacity is admissible and within the tabulated range; check it all the same.
    inside = (capacities >= lows[types]) & (capacities - lows[types] < counts[types])
    if not inside.all():
        raise SystemExit("staffing_numpy_baseline: a capacity outside the tables")
    return flat[index]


def timed(function, repeat):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA, help="the staffing-export directory (default Benchmarks/.build/staffing-corpus)")
    parser.add_argument("--refresh", action="store_true", help="rebuild and rerun staffing-export first")
    parser.add_argument("--count", type=int, default=0, help="structures to export when exporting (default: the corpus's 10,000,000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each implementation (median; default 5)")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout instead of the text report")
    options = parser.parse_args()

    if options.refresh or not all(os.path.exists(os.path.join(options.data, name)) for name in FILES):
        export(options.data, options.count)
    with open(os.path.join(options.data, "rules.json"), encoding="utf-8") as handle:
        rules = json.load(handle)
    types = np.fromfile(os.path.join(options.data, "types.i32"), dtype="<i4")
    capacities = np.fromfile(os.path.join(options.data, "capacities.i32"), dtype="<i4")
    swift = np.fromfile(os.path.join(options.data, "batch-totals.i64"), dtype="<i8")
    scalar = np.fromfile(os.path.join(options.data, "scalar-totals.i64"), dtype="<i8")
    count = len(types)
    if len(capacities) != count or len(swift) != count or types.min() < 0:
        sys.exit("staffing_numpy_baseline: the export is inconsistent; rerun with --refresh")
    standards = [Standard(s, rules["fullTimeHours"], set()) for s in rules["standards"]]
    maximum_span = max(min(s.high, s.low + 1_023) - s.low + 1 for s in standards)

    direct_seconds, direct_totals = timed(lambda: direct(standards, types, capacities), options.repeat)
    table = tabulate(standards, 1_024)
    memo_seconds, memo_totals = timed(lambda: memoised(table, types, capacities.astype(np.int64)), options.repeat)
    table_seconds, _ = timed(lambda: tabulate(standards, 1_024), options.repeat)

    checks = {
        "direct == Swift batch (all)": bool(np.array_equal(direct_totals, swift)),
        "direct == scalar API (first %d)" % len(scalar): bool(np.array_equal(direct_totals[: len(scalar)], scalar)),
        "memoised == Swift batch (all)": bool(np.array_equal(memo_totals, swift)),
    }
    result = {
        "structures": count,
        "types": len(standards),
        "repeat": options.repeat,
        "numpy": np.__version__,
        "direct": {"seconds": direct_seconds, "evalsPerSecond": count / direct_seconds},
        "memoised": {"seconds": memo_seconds, "evalsPerSecond": count / memo_seconds, "tableSeconds": table_seconds,
                     "tableEntries": int(len(table[0])), "largestTable": int(maximum_span)},
        "verified": all(checks.values()),
        "checks": checks,
    }
    if options.json:
        print(json.dumps(result))
    else:
        print(f"numpy {np.__version__}, {count:,} structures of {len(standards)} types, median of {options.repeat} runs")
        print(f"  direct:   {direct_seconds * 1e3:9.1f} ms  {count / direct_seconds / 1e6:8.2f} M structure-evaluations/s")
        print(f"  memoised: {memo_seconds * 1e3:9.1f} ms  {count / memo_seconds / 1e6:8.2f} M structure-evaluations/s"
              f"  (tables: {len(table[0]):,} entries in {table_seconds * 1e3:.1f} ms, not counted)")
        for name, ok in checks.items():
            print(f"  {'ok  ' if ok else 'FAIL'} {name}")
    return 0 if result["verified"] else 1


if __name__ == "__main__":
    sys.exit(main())
