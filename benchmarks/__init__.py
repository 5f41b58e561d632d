"""Benchmarks of the SDK against raw httpx (the floor) and the official ``openrouter`` SDK.

Run ``python -m benchmarks`` (``--quick`` for a smoke run, ``--json FILE`` to save the
results); ``benchmarks/RESULTS.md`` holds the table of the last full run.
"""
