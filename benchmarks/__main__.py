"""``python -m benchmarks``: every section, interleaved, with medians and ratios."""

from benchmarks.run import main

raise SystemExit(main())
