"""Scam assessment: multilingual scam-type probabilities with red flags that explain them.

Use :func:`assess` for one text and :func:`assess_many` for throughput. Pass a model loaded
with :func:`load_model` (``assess(text, model=m)``) to use another artifact without touching
process-wide state; otherwise the bundled model loads on first use. Importing does no work.
"""

from __future__ import annotations

from tipoff.assess.assess import assess, assess_many, current_model, use_model_path
from tipoff.assess.linear_model import load_model

__all__ = ["assess", "assess_many", "current_model", "load_model", "use_model_path"]
