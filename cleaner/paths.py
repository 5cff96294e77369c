"""Which path-limited rules apply to a document path: all their globs tried in one match."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence

from .rules import Rule


class PathRules:
    """The rules with `paths` among `rules`, indexed by glob so that a path costs one regex match.

    >>> a = Rule(id="site.a", description="A.", pattern="a", paths=("a/*",))
    >>> b = Rule(id="site.b", description="B.", pattern="b", paths=("b/*", "*.md"))
    >>> index = PathRules([Rule(id="x.y", description="Y.", pattern="y"), a, b])
    >>> sorted(index.applying("a/1.txt")), sorted(index.applying("a/1.md")), sorted(index.applying(None))
    ([1], [1, 2], [])
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.scoped = tuple(i for i, r in enumerate(rules) if r.paths)
        globs = sorted({g for i in self.scoped for g in rules[i].paths})
        self._rules_of = [tuple(i for i in self.scoped if g in rules[i].paths) for g in globs]
        # One optional look-ahead per glob (as `fnmatch.fnmatchcase` reads it), each capturing the path.
        self._pattern = re.compile("".join(f"(?=({fnmatch.translate(g)}))?" for g in globs))

    def applying(self, path: str | None) -> frozenset[int]:
        """Indices of the path-limited rules whose globs match `path` (none without a path)."""
        if path is None or not self.scoped:
            return frozenset()
        m = self._pattern.match(path)
        assert m is not None  # every look-ahead is optional
        return frozenset(i for k, v in enumerate(m.groups()) if v is not None for i in self._rules_of[k])
