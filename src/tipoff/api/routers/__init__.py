"""API routers; each module exposes ``router`` and is listed in tipoff.server.ROUTERS."""
