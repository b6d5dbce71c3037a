"""Scam assessment: multilingual scam-type probabilities with red flags that explain them.

Use :func:`assess` for one text and :func:`assess_many` for throughput. Pass a model
(``assess(text, model=m)``) from :func:`load_model` or a :class:`ModelLoader` (which reads
``Settings.model_dir`` (TIPOFF_MODEL_DIR)) to use another artifact; without one the bundled model
loads on first use. There is no process-wide model to switch. Importing does no work.
"""

from __future__ import annotations

from tipoff.assess.assess import ModelLoader, assess, assess_many, bundled_model, text_kind
from tipoff.assess.linear_model import LinearModel, load_model

__all__ = [
    "LinearModel",
    "ModelLoader",
    "assess",
    "assess_many",
    "bundled_model",
    "load_model",
    "text_kind",
]
