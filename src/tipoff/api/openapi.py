"""Adds request schemas that routers validate by hand to the OpenAPI document.

POST /api/v1/reports validates each item of a batch separately (so one bad item does
not reject the good ones), which FastAPI cannot describe on its own; the routes refer
to these schemas through ``openapi_extra`` instead.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from tipoff.api.wire import ReportBatchIn
from tipoff.intake.schema import ReportIn

DOCUMENTED_MODELS: tuple[type[BaseModel], ...] = (ReportIn, ReportBatchIn)


def schema_ref(model: type[BaseModel]) -> dict[str, str]:
    """A JSON reference to ``model``'s schema in the OpenAPI components."""
    return {"$ref": f"#/components/schemas/{model.__name__}"}


PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "type": "object",
    "description": "RFC 9457 problem details; errors[].path names each offending field.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["path", "message"],
                "properties": {"path": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}


def _document_problems(schema: dict[str, Any]) -> None:
    """Every 4xx is problem+json (problems.py), so say so, replacing FastAPI's default 422
    (an application/json HTTPValidationError this API never sends)."""
    problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for operation in (op for path in schema.get("paths", {}).values() for op in path.values()):
        for status, response in operation.get("responses", {}).items():
            if str(status).startswith("4"):
                response["content"] = problem
                response.setdefault("description", "Problem")


def install_openapi_schemas(app: FastAPI) -> None:
    """Make ``app.openapi()`` include DOCUMENTED_MODELS and the models they use."""
    build_default = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build_default()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in DOCUMENTED_MODELS:
            model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, definition in model_schema.pop("$defs", {}).items():
                components.setdefault(name, definition)
            components.setdefault(model.__name__, model_schema)
        components.setdefault("Problem", PROBLEM_SCHEMA)
        _document_problems(schema)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
