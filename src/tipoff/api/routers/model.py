"""``GET /api/v1/model``: which assessment model this instance uses, trained when, on what.

The model is the bundled one or the directory named by ``TIPOFF_MODEL_DIR`` (what
``tipoff train --out DIR`` writes); see docs/assess.md, "Learning from analysts".
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from tipoff.api.query_params import reject_unknown_query
from tipoff.assess import ModelLoader
from tipoff.assess.model_info import loaded_model_info
from tipoff.request_deps import get_model, require_agency

router = APIRouter(
    prefix="/api/v1/model", tags=["model"], dependencies=[Depends(reject_unknown_query)]
)
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}


class ModelOut(BaseModel):
    version: str = Field(description="Training date, seed and a digest of the weights.")
    trained_on: str | None
    bundled: bool = Field(
        description="True: the model shipped with tipoff; false: TIPOFF_MODEL_DIR."
    )
    directory: str = Field(description="Name of the model's directory (no path).")
    languages: dict[str, int] = Field(description="Training rows per language (newer models).")
    calibrated_languages: list[str] = Field(
        description="Languages whose scam probability has its own calibration; verdicts in "
        "other languages carry little_evidence."
    )
    examples: dict[str, dict[str, int]] = Field(description="Training rows per source and label.")
    analyst_verdicts: dict[str, Any] = Field(
        description="What came from analysts' verdicts (tipoff train --from-db); empty if none."
    )
    held_out: dict[str, Any] = Field(description="Held-out figures measured at training.")


@router.get(
    "",
    response_model=ModelOut,
    responses={401: _PROBLEM, 500: _PROBLEM},
    dependencies=[Depends(require_agency)],
)
def read_model(model: Annotated[ModelLoader, Depends(get_model)]) -> ModelOut:
    """The model in use (loaded on first use, like the assessment)."""
    return ModelOut(**loaded_model_info(model).as_record())
