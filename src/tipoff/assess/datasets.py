"""Labelled texts: the public sets in ../shared/data, user files, and the held-out split.

The split is a pure function of the text: a message is held out when the SHA-1 of its
normalised form falls in the lowest ``HOLDOUT_PERCENT`` buckets. The same text is therefore
held out in every file it appears in (UCI and Mishra–Soni share 4,886 texts), duplicates can
never straddle train and test, and ``tipoff eval`` reproduces the split without state.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tipoff.assess.taxonomy import NOT_SCAM, SCAM_TYPES, expand_label

HOLDOUT_PERCENT = 20
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text. ``types`` is empty when only scam-or-not is known."""

    text: str
    is_scam: bool
    source: str
    types: frozenset[str] = field(default_factory=frozenset)
    weight: float = 1.0


def normalise_for_split(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: the form that decides the split and duplicates."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def split_bucket(text: str) -> int:
    """0..99, stable across runs and machines."""
    digest = hashlib.sha1(normalise_for_split(text).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % 100


def is_held_out(text: str) -> bool:
    return split_bucket(text) < HOLDOUT_PERCENT


def deduplicate(examples: Iterable[Example]) -> list[Example]:
    """First example of each normalised text wins (sources are read in a fixed order)."""
    seen: set[str] = set()
    kept: list[Example] = []
    for example in examples:
        key = normalise_for_split(example.text)
        if key and key not in seen:
            seen.add(key)
            kept.append(example)
    return kept


# --- label mapping -------------------------------------------------------------------------

SCAM_WORDS = frozenset(
    {"spam", "scam", "smishing", "phishing", "fraud", "fraudulent", "1", "true", "yes"}
)
HAM_WORDS = frozenset({"ham", "not_scam", "legit", "legitimate", "0", "false", "no", "benign"})


def parse_label_map(spec: str) -> dict[str, str]:
    """``"spam=scam,ham=not_scam"`` → {"spam": "scam", "ham": "not_scam"} (keys case-folded)."""
    mapping: dict[str, str] = {}
    for part in filter(None, (piece.strip() for piece in spec.split(","))):
        raw, sep, target = part.partition("=")
        if not sep or not raw.strip() or not target.strip():
            raise ValueError(f"bad label mapping {part!r}: use raw=label, e.g. spam=scam")
        mapping[raw.strip().casefold()] = target.strip()
    return mapping


def label_to_example_fields(
    raw: str, mapping: dict[str, str]
) -> tuple[bool, frozenset[str]] | None:
    """(is_scam, types) for a raw label, or None when the label is unknown."""
    key = raw.strip().casefold()
    label = mapping.get(key, key)
    if label in (NOT_SCAM, *HAM_WORDS):
        return False, frozenset()
    if label in SCAM_TYPES:
        return True, expand_label(label)
    if label in SCAM_WORDS or label.startswith("scam"):
        return True, frozenset()
    return None


# --- reading user files --------------------------------------------------------------------


def read_labelled_file(
    path: Path,
    *,
    text_col: str,
    label_col: str,
    mapping: dict[str, str],
    source: str | None = None,
    columns: Sequence[str] | None = None,
) -> tuple[list[Example], list[str]]:
    """Examples from a CSV, TSV or JSONL file, and one message per row that could not be used.

    ``columns`` names the columns of a CSV/TSV file that has no header row.
    """
    examples: list[Example] = []
    problems: list[str] = []
    name = source or path.name
    for line_no, row in _rows(path, columns):
        text = row.get(text_col)
        label = row.get(label_col)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{path.name}:{line_no}: no text in column {text_col!r}")
            continue
        if label is None:
            problems.append(f"{path.name}:{line_no}: no label in column {label_col!r}")
            continue
        fields = label_to_example_fields(str(label), mapping)
        if fields is None:
            problems.append(f"{path.name}:{line_no}: unknown label {label!r} (use --map)")
            continue
        examples.append(Example(text=text, is_scam=fields[0], types=fields[1], source=name))
    return examples, problems


def _rows(
    path: Path, columns: Sequence[str] | None = None
) -> Iterator[tuple[int, dict[str, object]]]:
    suffix = path.suffix.lower()
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        if suffix in (".jsonl", ".ndjson"):
            for line_no, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError:
                        yield line_no, {}
                        continue
                    yield line_no, record if isinstance(record, dict) else {}
            return
        # TSV files (UCI's among them) use bare quotes inside texts: no quoting there.
        tab = suffix in (".tsv", ".tab")
        reader = csv.DictReader(
            handle,
            fieldnames=list(columns) if columns else None,
            delimiter="\t" if tab else ",",
            quoting=csv.QUOTE_NONE if tab else csv.QUOTE_MINIMAL,
        )
        for line_no, row in enumerate(reader, start=1 if columns else 2):
            yield line_no, dict(row)


# --- the public sets in ../shared/data -----------------------------------------------------


def _uci(root: Path) -> Iterator[Example]:
    path = root / "uci-sms-spam" / "SMSSpamCollection.tsv"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        label, sep, text = line.partition("\t")
        if sep and label in ("spam", "ham"):
            yield Example(text, label == "spam", "uci-sms-spam")


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a CSV file with a header; undecodable bytes become U+FFFD."""
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        yield from csv.DictReader(handle)


def _mishra_soni(root: Path) -> Iterator[Example]:
    path = root / "mishra-soni-smishing" / "Mendeley_Dataset_5971.csv"
    for row in _csv_rows(path):
        label = (row.get("LABEL") or "").strip().lower()
        text = row.get("TEXT") or ""
        if label in ("ham", "spam", "smishing") and text.strip():
            types = frozenset({"phishing"}) if label == "smishing" else frozenset()
            yield Example(text, label != "ham", "mishra-soni-smishing", types)


_MASKED_DIGITS = re.compile(r"(?<![A-Za-z])X+(?![a-z])")


def _spamhunter(root: Path) -> Iterator[Example]:
    # Its digits are masked as X; turning the masks back into digits lets its n-grams match
    # real messages (features map every digit to 0 anyway).
    path = root / "spamhunter-sms" / "SPAM-Hunter_full_dataset_messages.csv"
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    for line in lines:
        if line.strip():
            text = _MASKED_DIGITS.sub(lambda m: "0" * len(m.group()), line)
            yield Example(text, True, "spamhunter-sms")


def _ph_sms_spam(root: Path) -> Iterator[Example]:
    path = root / "ph-sms-spam" / "cleaned_sms_text_labels_only_v2.csv"
    for row in _csv_rows(path):
        label = (row.get("label") or "").strip().lower()
        text = row.get("text") or ""
        if label in ("spam", "ham") and text.strip():
            yield Example(text, label == "spam", "ph-sms-spam")


_PH_REPORT_TYPES = {
    "casino/gambling": "gambling",
    "work": "job.task",
    "raffle/play": "advance_fee",
    "loan/bank": "advance_fee",
}


def _ph_scam_reports(root: Path) -> Iterator[Example]:
    folder = root / "ph-scam-sms-reports"
    for row in _csv_rows(folder / "select.csv"):
        text = (row.get("proof") or "").strip()
        if len(text) >= 12:
            kind = _PH_REPORT_TYPES.get((row.get("type") or "").strip().lower())
            yield Example(
                text, True, "ph-scam-sms-reports", expand_label(kind) if kind else frozenset()
            )
    for row in _csv_rows(folder / "SPAM_SMS_raw.csv"):
        text = (row.get("text") or "").strip()
        if len(text) >= 12:
            yield Example(text, True, "ph-scam-sms-reports")


def _exais(root: Path) -> Iterator[Example]:
    path = root / "exais-sms" / "cleaned_all_ExAIS_SPAM_Dataset.csv"
    for row in _csv_rows(path):
        label = (row.get("Label") or "").strip().upper()
        text = (row.get("Message") or "").strip()
        if label in ("HAM", "SPAM") and len(text) >= 3:
            yield Example(text, label == "SPAM", "exais-sms")


def _emscad(root: Path) -> Iterator[Example]:
    path = root / "emscad-fakejobs" / "fj_small.csv"
    parts = ("title", "location", "company_profile", "description", "requirements", "benefits")
    for row in _csv_rows(path):
        text = "\n".join((row.get(part) or "").strip() for part in parts).strip()
        if text:
            yield Example(text, row.get("fraudulent") == "1", "emscad-fakejobs")


# Read in this order; the first copy of a duplicated text keeps its label.
PUBLIC_SETS: dict[str, Callable[[Path], Iterator[Example]]] = {
    "uci-sms-spam": _uci,
    "mishra-soni-smishing": _mishra_soni,
    "ph-sms-spam": _ph_sms_spam,
    "ph-scam-sms-reports": _ph_scam_reports,
    "spamhunter-sms": _spamhunter,
    "exais-sms": _exais,
    "emscad-fakejobs": _emscad,
}

PUBLIC_FILES: dict[str, tuple[str, ...]] = {
    "uci-sms-spam": ("uci-sms-spam/SMSSpamCollection.tsv",),
    "mishra-soni-smishing": ("mishra-soni-smishing/Mendeley_Dataset_5971.csv",),
    "ph-sms-spam": ("ph-sms-spam/cleaned_sms_text_labels_only_v2.csv",),
    "ph-scam-sms-reports": (
        "ph-scam-sms-reports/select.csv",
        "ph-scam-sms-reports/SPAM_SMS_raw.csv",
    ),
    "spamhunter-sms": ("spamhunter-sms/SPAM-Hunter_full_dataset_messages.csv",),
    "exais-sms": ("exais-sms/cleaned_all_ExAIS_SPAM_Dataset.csv",),
    "emscad-fakejobs": ("emscad-fakejobs/fj_small.csv",),
}


def load_public(root: Path, name: str) -> list[Example]:
    """All examples of one public set (duplicates included; see deduplicate)."""
    return list(PUBLIC_SETS[name](root))


def held_out(examples: Iterable[Example]) -> list[Example]:
    """The de-duplicated held-out part of a set: what every figure in docs/assess.md is measured on."""
    return deduplicate(example for example in examples if is_held_out(example.text))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
