"""Markdown tables of the latest bench results, for bench/README.md.

    python bench/summary.py            # prints; paste into bench/README.md

Reads the JSON each bench writes at its end (bench/out/results/*.json), so the figures
recorded are the figures printed, not copies typed by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS, Result, Target, fmt  # noqa: E402

ORDER = ["startup", "claims_ui", "commands", "verify", "capture", "export", "ocr"]


def results_of(record: dict) -> list[Result]:
    out = []
    for raw in record["results"]:
        fields = {k: v for k, v in raw.items() if k in Result.__dataclass_fields__}
        fields["target"] = Target(**raw["target"]) if raw["target"] else None
        out.append(Result(**fields))
    return out


def at_a_glance(records: list[dict]) -> list[str]:
    """One line per figure that has a target: the state of issue 17 in one table."""
    lines = ["| measure | figure | ratio | target | met | measured |", "|---|---|---|---|---|---|"]
    for record in records:
        for r in results_of(record):
            if r.target is None:
                continue
            ratio = f"{r.ratio:.2f}× {r.reference}" if r.ratio is not None else "—"
            met = "**yes**" if r.met else "**no**"
            lines.append(f"| {r.name} | {fmt(r.value, r.unit)} | {ratio} | "
                         f"{r.target.text(r.unit)} | {met} | {record['machine']['date']}, "
                         f"`{record['machine']['commit']}` |")
    return lines + [""]


def table(record: dict) -> list[str]:
    m = record["machine"]
    lines = [f"### `{record['bench']}`", "",
             f"{m['date']}, commit `{m['commit']}`, {m['cpu']}, {m['cores']} cores, "
             f"{m['os']}, Python {m['python']}, load average at start {m['load']}.", "",
             "| measure | figure | reference | ratio | target | met |",
             "|---|---|---|---|---|---|"]
    for r in results_of(record):
        figure = fmt(r.value, r.unit) + (f" ({r.spread})" if r.spread else "")
        ref = f"{r.reference}: {fmt(r.ref_value, r.unit)}" if r.reference else "—"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        target = r.target.text(r.unit) if r.target else "—"
        met = {True: "**yes**", False: "**no**", None: "—"}[r.met]
        name = r.name + (f" — {r.note}" if r.note else "")
        lines.append(f"| {name} | {figure} | {ref} | {ratio} | {target} | {met} |")
    lines += [""] + [f"- {n}" for n in record.get("notes", [])] + [""]
    return lines


def main() -> None:
    files = {p.stem: p for p in RESULTS.glob("*.json")}
    if not files:
        raise SystemExit(f"no results under {RESULTS}: run the benches first")
    records = [json.loads(files[name].read_text())
               for name in ORDER + sorted(set(files) - set(ORDER)) if name in files]
    print("\n".join(["### Targets at a glance", ""] + at_a_glance(records)))
    for record in records:
        print("\n".join(table(record)))


if __name__ == "__main__":
    main()
