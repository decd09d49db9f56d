"""The web app: one ASGI application serving the JSON API and the pages, on the store's query functions."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware

from .. import __version__
from ..errors import MarsadError, NotFound
from ..knowledge.lexicon import Knowledge, load_knowledge
from ..store import Store, open_store

HERE = Path(__file__).resolve().parent
MAX_BODY = 64 * 1024
# pages load nothing from elsewhere: scripts, styles and images come from this app only
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " \
      "base-uri 'none'; frame-ancestors 'none'"


class Limits(BaseHTTPMiddleware):
    """Refuse request bodies over 64 KiB, and set the security headers on every response."""

    async def dispatch(self, request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return PlainTextResponse(f"request body over {MAX_BODY} bytes", status_code=413)
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response


def create_app(db: str | None = None, store: Store | None = None, knowledge: Knowledge | None = None) -> FastAPI:
    """The application over the database ``db`` (or an open ``store``)."""
    from .api import router as api_router
    from .pages import Lookups
    from .pages import router as pages_router

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.store.close()

    app = FastAPI(lifespan=lifespan, title="Marsad", version=__version__, openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="Evidence-backed conflict events from Arabic and English news. "
                  "Reads are open; review actions need a reviewer token (`marsad token create NAME`) "
                  "sent as `Authorization: Bearer <token>`.")
    app.state.store = store or open_store(db)
    app.state.knowledge = knowledge or load_knowledge()
    app.state.lookups = Lookups.of(app.state.knowledge)
    app.add_middleware(Limits)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        # the shape FastAPI gives every other 404
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError):
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = [f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
        return JSONResponse({"error": "; ".join(problems)}, status_code=422)

    return app
