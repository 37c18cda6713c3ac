"""Reading a Qt Linguist `.ts` file without Qt: for the command line, which must start without loading Qt."""

from __future__ import annotations

from pathlib import Path


def read_ts(ts_file: Path) -> dict[tuple[str, str], str]:
    """(context, Danish source) ⇒ translation for every finished message of a `.ts` file.

    Raises OSError or ElementTree.ParseError (a SyntaxError) when the file cannot be read.
    """
    import xml.etree.ElementTree as ElementTree  # start-up deferral: only an English start reads a catalogue

    messages: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                messages[(name, source)] = translation.text
    return messages
