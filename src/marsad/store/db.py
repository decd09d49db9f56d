"""Opening a store: SQLite by default (one file, WAL, FTS5), PostgreSQL by URL; migrations on open."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event, inspect, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from ..errors import UsageError
from .schema import SCHEMA_VERSION, meta, metadata, tokens

DEFAULT_DB = "marsad.db"


def database_url(value: str | None) -> str:
    """A SQLAlchemy URL from ``--db`` (else MARSAD_DB, else ``db`` in marsad.toml, else marsad.db): a path
    means SQLite; ``postgresql://`` uses the pg8000 driver."""
    if not value:
        from ..settings import load_settings

        value = load_settings().db or DEFAULT_DB
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+pg8000://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return f"sqlite:///{Path(value)}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # let SQLAlchemy, not the sqlite3 module, begin transactions, so that savepoints work
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """A Marsad database: articles, events, clusters, claims, evidence, review state and audit log."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    def begin(self):
        """A transaction: ``with store.begin() as conn: ...`` commits on success, rolls back on error."""
        return self.engine.begin()

    def connect(self) -> Connection:
        """A connection for reading."""
        return self.engine.connect()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def open_store(db: str | None = None) -> Store:
    """Open (creating or migrating as needed) the store at a path or database URL."""
    url = database_url(db)
    try:
        if url.startswith("sqlite:///"):
            folder = Path(url.removeprefix("sqlite:///")).parent
            if not folder.is_dir():
                raise UsageError("the folder of the database file does not exist; create it first", str(folder))
            engine = create_engine(url)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        else:
            engine = create_engine(url, pool_pre_ping=True)
        store = Store(engine)
        migrate(store)
        return store
    except OperationalError as exc:
        raise UsageError(f"cannot open the database ({exc.orig}); check --db or MARSAD_DB", db or url) from None
    except ModuleNotFoundError as exc:
        raise UsageError(f"the database driver is missing ({exc.name}); install it with pip", db or url) from None


def schema_version(conn: Connection) -> int:
    """The schema version recorded in the database (0 for a new one)."""
    if not inspect(conn).has_table("meta"):
        return 0
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def migrate(store: Store) -> None:
    """Bring the schema up to date; each step runs in its own transaction."""
    with store.begin() as conn:
        version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise UsageError(f"the database has schema {version}, newer than this Marsad ({SCHEMA_VERSION}); "
                         "upgrade marsad")
    for target, step in _MIGRATIONS:
        if version < target:
            with store.begin() as conn:
                step(conn, store.dialect)
                conn.execute(meta.delete().where(meta.c.key == "schema_version"))
                conn.execute(meta.insert().values(key="schema_version", value=str(target)))
            version = target


def _v1(conn: Connection, dialect: str) -> None:
    metadata.create_all(conn, tables=[t for t in metadata.sorted_tables if t.name != "tokens"])
    if dialect == "sqlite":
        # contentless: the index alone, keyed by the articles table's rowid (the text is stored once)
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                          "body, content='', detail=none, tokenize='unicode61 remove_diacritics 2')"))
    elif dialect == "postgresql":
        conn.execute(text("ALTER TABLE articles ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS "
                          "(to_tsvector('simple', text_norm)) STORED"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS articles_search ON articles USING gin (search)"))


def _v2(conn: Connection, dialect: str) -> None:
    tokens.create(conn, checkfirst=True)


_MIGRATIONS = [(1, _v1), (2, _v2)]
