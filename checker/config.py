"""Settings for one run: defaults, then ``[tool.checker]`` / ``checker.toml``, then CLI options."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FAIL_ON = ("minor", "major", "critical", "never")
BACKTRANSLATION_MODES = ("auto", "required", "off")
ENGINES = ("auto", "ctranslate2", "transformers")


class ConfigError(ValueError):
    """A setting is unknown or has a value the checker cannot use."""


@dataclass(frozen=True)
class Settings:
    """Everything that changes what a check computes. Recorded in the report."""

    lang: str | None = None
    ref_lang: str | None = None
    aligned: bool = False
    fail_on: str = "major"
    backtranslation: str = "auto"
    model: str | None = None
    engine: str = "auto"
    beam: int = 4
    batch_size: int = 16
    threads: int | None = None
    cache_dir: Path | None = None
    use_cache: bool = True
    embedder: str = "auto"
    glossary: Path | None = None
    models_dir: Path = field(default_factory=lambda: Path(os.environ.get("CHECKER_MODELS_DIR", "models")))
    # Risk above which a segment is at least this severe.
    minor_risk: float = 0.35
    major_risk: float = 0.6
    critical_risk: float = 0.85

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_ON:
            raise ConfigError(f"fail-on must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}")
        if self.backtranslation not in BACKTRANSLATION_MODES:
            raise ConfigError(
                f"backtranslation must be one of {', '.join(BACKTRANSLATION_MODES)}, not {self.backtranslation!r}")
        if self.engine not in ENGINES:
            raise ConfigError(f"engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")
        if self.beam < 1:
            raise ConfigError(f"beam must be at least 1, not {self.beam}")
        if self.batch_size < 1:
            raise ConfigError(f"batch-size must be at least 1, not {self.batch_size}")
        if not (0 <= self.minor_risk <= self.major_risk <= self.critical_risk <= 1):
            raise ConfigError("risk thresholds must satisfy 0 <= minor <= major <= critical <= 1")

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form for the report (paths as strings)."""
        out = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = str(value) if isinstance(value, Path) else value
        return out
