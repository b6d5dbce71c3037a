"""CLI command: ``tipoff serve`` — run the HTTP API (OpenAPI docs at /docs)."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from tipoff.api.bind import check_bind, check_port_free
from tipoff.cli.session import DatabaseOption, cli_errors, console, open_store, settings_with
from tipoff.server import create_app
from tipoff.store.report_snapshot import warm_app


def serve(
    host: Annotated[
        str | None, typer.Option("--host", help="Address to bind (default TIPOFF_HOST, 127.0.0.1).")
    ] = None,
    port: Annotated[
        int | None,
        typer.Option("--port", min=1, max=65535, help="Port (default TIPOFF_PORT, 8000)."),
    ] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Serve the API with uvicorn.

    Non-loopback addresses need real secrets (`tipoff init`), TIPOFF_ALLOW_PUBLIC_BIND=true and
    an agency key.
    """
    with cli_errors():
        settings = settings_with(database_url)
        bind_host = host or settings.host
        bind_port = port or settings.port
        check_bind(
            bind_host,
            allow_public_bind=settings.allow_public_bind,
            has_api_keys=open_store(settings).has_api_keys(),
            builtin_secrets=settings.builtin_secrets(),
        )
        check_port_free(bind_host, bind_port)
        if settings.builtin_secrets():
            console.print(
                "note: built-in development secrets in use (allowed on loopback only); "
                "run `tipoff init` before exposing this instance"
            )
        app = create_app(settings)
        warm_app(app)
        console.print(f"tipoff API on http://{bind_host}:{bind_port}  (docs: /docs)")
        # proxy_headers=False: uvicorn would otherwise take X-Forwarded-For from any local peer;
        # tipoff decides itself, from TIPOFF_TRUSTED_PROXIES (tipoff.request_deps.client_address).
        uvicorn.run(
            app,
            host=bind_host,
            port=bind_port,
            log_level=settings.log_level.lower(),
            proxy_headers=False,
        )


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the tipoff app."""
    app.command("serve")(serve)
