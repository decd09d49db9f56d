from pathlib import Path

import pytest

from marsad.errors import UsageError
from marsad.settings import load_settings
from marsad.store.db import database_url


def test_environment_beats_the_file_which_beats_defaults(tmp_path):
    config = tmp_path / "marsad.toml"
    config.write_text(f'[marsad]\ndb = "from-file.db"\ndata_dir = "{tmp_path}"\n', encoding="utf-8")
    assert load_settings(config, environ={}).db == "from-file.db"
    assert load_settings(config, environ={}).data_dir == Path(tmp_path)
    assert load_settings(config, environ={"MARSAD_DB": "from-env.db"}).db == "from-env.db"
    assert load_settings(tmp_path / "absent.toml", environ={}) == load_settings(tmp_path / "nope.toml", environ={})


def test_a_bad_settings_file_is_one_clear_error(tmp_path):
    config = tmp_path / "marsad.toml"
    config.write_text("[marsad\n", encoding="utf-8")
    with pytest.raises(UsageError, match="marsad.toml: not valid TOML"):
        load_settings(config, environ={})


def test_database_urls():
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u:p@127.0.0.1/m") == "postgresql+pg8000://u:p@127.0.0.1/m"
