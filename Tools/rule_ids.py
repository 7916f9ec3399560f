"""The rule ids of a dossier kind, asked of the built binary (`sociosan rules list --kind KIND
--format json`) rather than read out of the Swift sources: the binary is the one that knows.

    from rule_ids import rule_ids
    ids = rule_ids("er.psychiatry.spoi", prefix="er.spoi.")   # None when there is no binary

The binary is $SOCIOSAN when set, else .build/debug/sociosan, else .build/release/sociosan of
the package. The fixture generators use it for a coverage note only: without a binary they say
so and go on.
"""

import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def binary():
    """The sociosan binary to ask, or None."""
    candidates = [os.environ.get("SOCIOSAN")] if os.environ.get("SOCIOSAN") else []
    candidates += [ROOT / ".build/debug/sociosan", ROOT / ".build/release/sociosan"]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def rule_ids(kind, prefix=""):
    """The ids of the rules that apply to `kind` and start with `prefix`; None when no binary
    answers (not built, or it fails)."""
    path = binary()
    if path is None:
        return None
    try:
        result = subprocess.run([path, "rules", "list", "--kind", kind, "--format", "json", "--lang", "en"],
                                capture_output=True, check=True, timeout=120)
        rules = json.loads(result.stdout)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return {rule["id"] for rule in rules if rule["id"].startswith(prefix)}
