"""Plain-language names of scam-type labels: they live in ``tipoff.check.scam_names`` (core),
which the public check API uses too; re-exported here for the dashboard's templates."""

from tipoff.check.scam_names import NOT_SCAM_LABELS, PLAIN_NAMES, plain_name

__all__ = ["NOT_SCAM_LABELS", "PLAIN_NAMES", "plain_name"]
