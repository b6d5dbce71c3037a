"""Scoring linking against ground truth: the evaluators sit above everything they score.

They drive the simulator (``tipoff.simulate``), the real intake (``tipoff.intake``), the
linker (``tipoff.link``) and a throwaway store (``tipoff.store``), so none of those needs
to import an evaluator or one another to be scored:

- ``pair_scores``: pairwise precision/recall and adjusted Rand index from label arrays;
- ``world_links``: one simulated world extracted and linked in memory (``tipoff eval-links``);
- ``scenario_links``: many simulated worlds through ingest and relink (``tipoff eval-worlds``);
- ``known_groups``: reports built from public lists of known scam addresses
  (``tipoff eval-known-groups``).
"""
