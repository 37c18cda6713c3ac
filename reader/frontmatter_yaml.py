"""Front matter's YAML side: libyaml's safe loader that keeps dates as text, and python-frontmatter's handler with
this reader's rules; reader/frontmatter.py loads it only when a file's front matter is parsed."""

from __future__ import annotations

from typing import Any, cast

import yaml
from frontmatter.default_handlers import YAMLHandler

from reader.front_matter_bounds import _CLOSE, _OPEN, MAX_ALIASES, AliasBombError, split_raw

# The C parser (libyaml) when PyYAML has it: the same safe constructor, several times faster.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    """SafeLoader that leaves dates as text (we read them ourselves, so 2024-13-01 is just a bad date)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

class SafeYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler, with this reader's rules: libyaml's safe loader (dates kept as text),
    the opening `---` after blank lines or with a language name, `---` or `...` to close, aliases counted.

    frontmatter.parse(text, handler=SafeYAMLHandler()) works too; split() below adds the warnings and the
    lenient fallback a clinic's hand-written files need.
    """

    FM_BOUNDARY = _CLOSE
    START_DELIMITER = END_DELIMITER = "---"

    def detect(self, text: str) -> bool:
        return _OPEN.match(text) is not None

    def split(self, text: str) -> tuple[str, str]:
        """(front matter, body); ValueError when there is no opening or closing line."""
        return split_raw(text)

    def load(self, fm: str, **kwargs: object) -> Any:
        """Safe YAML, never objects from tags; ValueError when it holds more than MAX_ALIASES aliases.
        Loader= another loader class with the same rules (bench/front_matter.py times the pure-Python one)."""
        loader = cast("type[yaml.SafeLoader]", kwargs.get("Loader") or _Loader)
        if "*" in fm:  # only then can there be aliases worth counting
            aliases = sum(1 for event in yaml.parse(fm, Loader=loader) if isinstance(event, yaml.AliasEvent))
            if aliases > MAX_ALIASES:
                raise AliasBombError(aliases)
        return yaml.load(fm, Loader=loader)


HANDLER = SafeYAMLHandler()
