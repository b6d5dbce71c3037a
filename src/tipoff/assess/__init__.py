"""Scam assessment: multilingual scam-type probabilities with red flags that explain them.

Use :func:`assess` for one text and :func:`assess_many` for throughput. The model loads on
first use; importing this package does no work.
"""

from __future__ import annotations

from tipoff.assess.assess import assess, assess_many, current_model, use_model_path

__all__ = ["assess", "assess_many", "current_model", "use_model_path"]
