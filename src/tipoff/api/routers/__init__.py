"""API routers; each module exposes ``router`` and is listed in tipoff.api.app.ROUTER_MODULES."""
