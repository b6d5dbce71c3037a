"""``python -m tipoff``: the ``tipoff`` command."""

from tipoff.cli.main import run

run()
