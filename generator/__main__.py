"""``python -m generator``: regenerate, check, or curate.

python -m generator                       regenerate generated/ from openapi/guardrails.yaml
python -m generator --check               exit 1, naming the files, when generated/ is stale
python -m generator curate --upstream F   curate a full upstream spec into openapi/guardrails.yaml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import build, curate


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Regenerate generated/ from openapi/guardrails.yaml, or curate a new spec.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail, naming the files, if generated/ differs",
    )
    sub = parser.add_subparsers(dest="command")
    cur = sub.add_parser(
        "curate",
        help="curate a full upstream OpenRouter spec into openapi/guardrails.yaml",
        description="Keep the Guardrails operations of a full upstream spec and what they "
        "reference, apply our curation, write openapi/guardrails.yaml and report the changes.",
    )
    cur.add_argument("--upstream", required=True, type=Path, help="upstream spec (YAML or JSON)")
    cur.add_argument("--output", type=Path, default=build.SPEC, help="where to write the result")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "curate":
        try:
            changes = curate.run(args.upstream, args.output)
        except curate.CurateError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"wrote {args.output}")
        if not changes:
            print("no changes to operations, parameters, fields or enum values")
        for change in changes:
            print(change)
        breaking = sum(c.breaking for c in changes)
        todo = sum(note.startswith(("write:", "review:")) for c in changes for note in c.notes)
        if changes:
            print(f"{len(changes)} change(s), {breaking} breaking")
            print(
                f"{todo} thing(s) to write or review by hand (the write: and review: lines); "
                "then tox -e type names any other use of what changed"
                if todo
                else "nothing to write by hand: the contract carries every change"
            )
        return 0
    try:
        if args.check:
            stale = build.check()
            if stale:
                print("generated/ is stale; these files differ from a fresh generation:")
                for name in stale:
                    print(f"  generated/{build.PACKAGE}/{name}")
                print("run: python -m generator")
                return 1
            print("generated/ is up to date")
            return 0
        build.regenerate()
    except build.GenerateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"regenerated generated/{build.PACKAGE} from {build.SPEC.relative_to(build.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
