"""`python -m cleaner` runs the command line."""

from .cli import entry

entry()
