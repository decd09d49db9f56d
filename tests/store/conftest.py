"""The store tests run against SQLite and, when a server is given, against PostgreSQL: the same suite on both.

CI starts a PostgreSQL server and sets MARSAD_TEST_POSTGRES (a postgresql:// URL of a role that may create
databases); there its absence is a failure, not a skip.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from marsad.store import open_store
from marsad.store.db import database_url

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(str(tmp_path / "marsad.db"))
        yield s
        s.close()
        return
    admin_url = os.environ.get("MARSAD_TEST_POSTGRES")
    if not admin_url:
        if os.environ.get("CI"):
            pytest.fail("MARSAD_TEST_POSTGRES is not set: CI must start PostgreSQL (see .ci/run)")
        pytest.skip("no PostgreSQL server given (set MARSAD_TEST_POSTGRES to a postgresql:// URL)")
    name = f"marsad_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = admin_url.rsplit("/", 1)[0]
    s = open_store(f"{base}/{name}")
    yield s
    s.close()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
