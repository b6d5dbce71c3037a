"""The model page: which assessment model judges reports and checks, trained when, on what."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from tipoff.assess import ModelLoader
from tipoff.assess.model_info import loaded_model_info
from tipoff.request_deps import get_model
from tipoff.web.context import Analyst, render, require_analyst

router = APIRouter(include_in_schema=False)


@router.get("/model", response_class=HTMLResponse)
def model_page(
    request: Request,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    model: Annotated[ModelLoader, Depends(get_model)],
) -> HTMLResponse:
    return render(request, "model.html", {"section": "model", "info": loaded_model_info(model)})
