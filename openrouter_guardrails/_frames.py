"""Which frames of a call stack are this SDK's: a warning points at the first frame outside
it (the caller's line), whichever layer issued it.

The handwritten package is the SDK's; the generated package adds itself when it is imported
(``register_package``): the runtime does not know it by name.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["caller_stacklevel", "register_package"]

# With the separator, so that a sibling folder (``openrouter_guardrails_x/``) is outside.
_PACKAGE_DIRS: tuple[str, ...] = (str(Path(__file__).resolve().parent) + os.sep,)


def register_package(module_file: str) -> None:
    """Count the frames of the package holding ``module_file`` as this SDK's."""
    folder = str(Path(module_file).resolve().parent) + os.sep
    global _PACKAGE_DIRS  # noqa: PLW0603 - a tuple, as str.startswith takes it
    if folder not in _PACKAGE_DIRS:
        _PACKAGE_DIRS = (*_PACKAGE_DIRS, folder)


def caller_stacklevel() -> int:
    """The ``stacklevel`` that points a warning at the first frame outside this SDK."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIRS):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level
