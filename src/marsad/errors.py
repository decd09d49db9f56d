"""MarsadError: the one error a user sees. Each message names the thing and what to do."""

from __future__ import annotations


class MarsadError(Exception):
    """A user-facing error: ``where`` names the file/line/field, ``message`` says what to do."""

    kind = "error"

    def __init__(self, message: str, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(MarsadError):
    """An input file, line or field that cannot be read as an article."""

    kind = "input"


class KnowledgeError(MarsadError):
    """A bad entry in a knowledge file (actors, triggers, places, cues)."""

    kind = "knowledge"


class UsageError(MarsadError):
    """An option or argument with a value Marsad cannot use."""

    kind = "usage"


class NotFound(MarsadError):
    """A thing asked for by its id that is not stored (the web app answers 404)."""

    kind = "not_found"
