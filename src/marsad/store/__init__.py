"""The store: SQLite by default, PostgreSQL by URL; the CLI and the web app share its query functions."""

from .db import Store, database_url, open_store

__all__ = ["Store", "database_url", "open_store"]
