"""HTTP API: the FastAPI app factory, authentication, problem+json errors and routers."""
