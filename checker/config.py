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
    pattern: str = "{name}.{lang}.{ext}"  # batch naming convention
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


# ---------------------------------------------------------------------------------------------
# Configuration files

_PATH_KEYS = {"cache_dir", "glossary", "models_dir"}
_INT_KEYS = {"beam", "batch_size", "threads"}
_FLOAT_KEYS = {"minor_risk", "major_risk", "critical_risk"}
_BOOL_KEYS = {"aligned", "use_cache"}
CONFIG_KEYS = tuple(f.name.replace("_", "-") for f in dataclasses.fields(Settings))


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``checker.toml``, or ``pyproject.toml`` with a ``[tool.checker]`` table,
    from ``start`` (default: the working directory) up to the file-system root."""
    import tomllib

    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "checker.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                with candidate.open("rb") as handle:
                    if "checker" in tomllib.load(handle).get("tool", {}):
                        return candidate
            except (OSError, tomllib.TOMLDecodeError):
                continue
    return None


def load_config(path: Path) -> dict[str, Any]:
    """Settings from a config file, validated; paths are taken relative to the file's folder."""
    import tomllib

    try:
        with Path(path).open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if Path(path).name == "pyproject.toml":
        data = data.get("tool", {}).get("checker", {})
    elif "tool" in data and "checker" in data["tool"] and len(data) == 1:
        data = data["tool"]["checker"]
    return config_values(data, origin=str(path), base=Path(path).parent)


def config_values(data: dict[str, Any], *, origin: str, base: Path) -> dict[str, Any]:
    """Check keys and value types of a config table and turn it into Settings keyword arguments."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if key.replace("_", "-") not in CONFIG_KEYS:
            raise ConfigError(f"{origin}: unknown key '{key}' (known: {', '.join(CONFIG_KEYS)})")
        if name in _PATH_KEYS:
            if not isinstance(value, str):
                raise ConfigError(f"{origin}: '{key}' must be a path string")
            value = (base / value) if not Path(value).is_absolute() else Path(value)
        elif name in _BOOL_KEYS:
            if not isinstance(value, bool):
                raise ConfigError(f"{origin}: '{key}' must be true or false")
        elif name in _INT_KEYS:
            if not isinstance(value, int) or isinstance(value, bool):
                raise ConfigError(f"{origin}: '{key}' must be a whole number")
        elif name in _FLOAT_KEYS:
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ConfigError(f"{origin}: '{key}' must be a number")
            value = float(value)
        elif not isinstance(value, str):
            raise ConfigError(f"{origin}: '{key}' must be a string")
        out[name] = value
    return out


def build_settings(config: dict[str, Any], overrides: dict[str, Any]) -> Settings:
    """Defaults, then the config file, then options given on the command line (``None`` = not given)."""
    merged = dict(config)
    merged.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**merged)
