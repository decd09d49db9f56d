"""Settings: environment variables override ``marsad.toml`` in the working folder, which overrides defaults."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError


@dataclass(frozen=True, slots=True)
class Settings:
    """Where Marsad finds its knowledge files and its database."""

    data_dir: Path | None = None
    db: str | None = None


def load_settings(config: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Settings from ``MARSAD_*`` variables, then ``marsad.toml`` (section ``[marsad]``: ``data_dir``,
    ``db``), then defaults."""
    environ = dict(os.environ) if environ is None else environ
    config = config or Path("marsad.toml")
    values: dict[str, str] = {}
    if config.exists():
        try:
            values.update(tomllib.loads(config.read_text(encoding="utf-8")).get("marsad", {}))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"not valid TOML ({exc}); fix or remove the file", str(config)) from None
    for key in ("data_dir", "db"):
        if environ.get(f"MARSAD_{key.upper()}"):
            values[key] = environ[f"MARSAD_{key.upper()}"]
    data_dir = Path(values["data_dir"]) if values.get("data_dir") else None
    if data_dir is not None and not data_dir.is_dir():
        raise UsageError("data_dir is not a folder; point it at a folder of knowledge files", str(data_dir))
    return Settings(data_dir=data_dir, db=str(values["db"]) if values.get("db") else None)
