#!/usr/bin/env python3
"""The SQLite baseline of the `store-put-durable` benchmark: durable single-dossier puts per
second with Python's sqlite3 (WAL, synchronous=FULL, one transaction per dossier) of the same
dossiers, in a fresh database in the temp folder (the filesystem the benchmark's store uses).

    Tools/sqlite_store_baseline.py                       # export the dossiers (store-export), time, print puts/s
    Tools/sqlite_store_baseline.py --dossiers FILE.jsonl # time these dossiers (one compact JSON a line)
    Tools/sqlite_store_baseline.py --json                # also print one JSON line: {"putsPerSecond": ...}
    Tools/sqlite_store_baseline.py --fsync-floor         # the file system's floor for each kind of commit

Each put is what DossierStore.put stores and indexes: one row (kind, id, revision, province,
type, body) keyed by (kind, id), with an index on (kind, province), inserted in its own
transaction and committed (fsync of the WAL). The figure is the median over --runs passes.
"""

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "Benchmarks")


def export_dossiers(path, count):
    command = ["swift", "run", "--package-path", PACKAGE, "-c", "release", "store-export", path, str(count)]
    print("$ " + " ".join(command), file=sys.stderr, flush=True)
    if subprocess.run(command, cwd=ROOT, stdout=sys.stderr).returncode != 0:
        sys.exit("sqlite_store_baseline: cannot export the dossiers")


def one_pass(dossiers, directory):
    path = os.path.join(directory, "store.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE dossiers (kind TEXT NOT NULL, id TEXT NOT NULL, revision INTEGER NOT NULL, "
               "province TEXT, type TEXT, body TEXT NOT NULL, PRIMARY KEY (kind, id))")
    db.execute("CREATE INDEX dossiers_kind_province ON dossiers (kind, province)")
    start = time.perf_counter()
    for text, kind, ident, province, kind_type in dossiers:
        db.execute("BEGIN IMMEDIATE")
        row = db.execute("SELECT revision FROM dossiers WHERE kind = ? AND id = ?", (kind, ident)).fetchone()
        revision = (row[0] if row else 0) + 1
        db.execute("INSERT OR REPLACE INTO dossiers VALUES (?, ?, ?, ?, ?, ?)",
                   (kind, ident, revision, province, kind_type, text))
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    count = db.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    db.close()
    if count != len(dossiers):
        sys.exit(f"sqlite_store_baseline: stored {count} of {len(dossiers)} dossiers")
    return len(dossiers) / elapsed


def fsync_floor(count, directory, size=3400):
    """Times, per operation, the sync patterns behind the two stores on this file system:
    SQLite's WAL commit (append to one file, fsync), DossierStore's durable history file
    (temporary file, fsync, rename, fsync of the folder) into an existing folder, and the same
    for a new dossier (a new folder; its parent synced last). Median of three passes each."""
    data = b"x" * size

    def sync_folder(path):
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def wal(folder):
        fd = os.open(os.path.join(folder, "wal"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        for _ in range(count):
            os.write(fd, data)
            os.fsync(fd)
        os.close(fd)

    def history(folder, new_folders):
        for number in range(count):
            target = folder
            if new_folders:
                target = os.path.join(folder, f"d{number}")
                os.mkdir(target)
            temporary = os.path.join(target, f".tmp-{number}")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.write(fd, data)
            os.fsync(fd)
            os.close(fd)
            os.rename(temporary, os.path.join(target, f"{number}.json"))
            sync_folder(target)
            if new_folders:
                sync_folder(folder)

    cases = [("append + fsync (SQLite WAL commit)", lambda f: wal(f)),
             ("temp + fsync + rename + folder fsync (put of an existing dossier)", lambda f: history(f, False)),
             ("the same in a new folder + parent fsync (put of a new dossier)", lambda f: history(f, True))]
    results = {}
    for name, run in cases:
        times = []
        for _ in range(3):
            with tempfile.TemporaryDirectory(prefix="sociosan-fsync-", dir=directory) as folder:
                start = time.perf_counter()
                run(folder)
                times.append((time.perf_counter() - start) / count)
        per = statistics.median(times)
        results[name] = per
        print(f"{name}: {per * 1e6:.0f} us, {1 / per:.0f}/s")
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossiers", help="JSON Lines of the dossiers (default: export them with store-export)")
    parser.add_argument("--count", type=int, default=500, help="dossiers to export (default 500, the benchmark's)")
    parser.add_argument("--runs", type=int, default=5, help="passes, each into a fresh database (default 5)")
    parser.add_argument("--json", action="store_true", help="also print the result as one JSON line")
    parser.add_argument("--fsync-floor", action="store_true",
                        help="only time the file system's sync patterns (--count operations each) and exit")
    options = parser.parse_args()

    if options.fsync_floor:
        fsync_floor(options.count, tempfile.gettempdir())
        return 0

    with tempfile.TemporaryDirectory(prefix="sociosan-sqlite-") as directory:
        source = options.dossiers
        if source is None:
            source = os.path.join(directory, "dossiers.jsonl")
            export_dossiers(source, options.count)
        dossiers = []
        with open(source, encoding="utf-8") as handle:
            for line in handle:
                text = line.rstrip("\n")
                if not text:
                    continue
                value = json.loads(text)
                dossiers.append((text, value["kind"], value["id"], value.get("province"), value.get("type")))
        rates = [one_pass(dossiers, directory) for _ in range(options.runs)]
    rate = statistics.median(rates)
    print(f"sqlite3 {sqlite3.sqlite_version} (WAL, synchronous=FULL, one transaction a dossier): "
          f"{len(dossiers)} dossiers, median {rate:.0f} puts/s over {len(rates)} runs "
          f"({', '.join(f'{r:.0f}' for r in rates)})")
    if options.json:
        print(json.dumps({"putsPerSecond": rate, "dossiers": len(dossiers), "runs": rates,
                          "sqliteVersion": sqlite3.sqlite_version}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
