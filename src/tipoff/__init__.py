"""tipoff: an open, self-hostable platform against transnational online scams."""

__version__ = "0.1.0"
