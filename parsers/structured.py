"""Employee data pasted from CRM, PSA and provisioning tools as structured text, read
as the "Label: value" lines people write:

    "name": "Marianne Holst Kjær",      ->  name: Marianne Holst Kjær
    display_name: "Daniel Okafor Madsen" ->  display name: Daniel Okafor Madsen
    <extension>214</extension>          ->  extension: 214,
    ext=640 user="Annika Frederiksen"   ->  ext: 640, user: Annika Frederiksen,

Keys are split into words ("extensionNumber" -> "extension Number", "display_name" ->
"display name") so an extension key reads as the extension cue it is; a JSON null
reads as an empty field. Other text comes back unchanged.
"""

from __future__ import annotations

import re

JSON_PAIR = re.compile(  # '  "name": "Marianne Holst Kjær",' and YAML's 'name: "Daniel"'
    r'^(?P<indent>[ \t]*(?:-[ \t]+)?)"?(?P<key>[A-Za-z_][\w.-]{0,40})"?[ \t]*:[ \t]*'
    r'(?:"(?P<text>[^"\n]*)"|(?P<bare>-?\d[\d.]*|null|true|false|None))[ \t]*,?[ \t]*$',
    re.MULTILINE,
)
XML_ELEMENT = re.compile(
    r"<(?P<key>[A-Za-z_][\w.-]{0,40})(?:[ \t][^<>]*)?>(?P<text>[^<>\n]*)</(?P=key)>"
)
KEY_VALUE = re.compile(  # 'ext=640 user="Annika Frederiksen"' in a log line or an XML tag
    r'(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,40})=(?:"(?P<text>[^"\n]*)"|\'(?P<single>[^\'\n]*)\''
    r"|(?P<bare>[^\s\"'<>,;=](?:[^\"'<>,;=\n]*?[^\s\"'<>,;=])?)"  # (also of several words up
    r"(?=[ \t]*(?:[,;]|$)|[ \t]+[A-Za-z_][\w.-]{0,40}=))(?:[ \t]*,)?"  # to the next pair:
)  # "navn=Line Mogensen,lok=412")
INLINE_JSON_PAIR = re.compile(  # '{"name": "Rasmus Dueholm", "extension": "219"}' on one line
    r'"(?P<key>[A-Za-z_][\w.-]{0,40})"[ \t]*:[ \t]*'
    r'(?:"(?P<text>[^"\n]*)"|(?P<bare>-?\d[\d.]*|null|true|false))'
)
# a name given in two fields, first and last ("Fornavn: Villads" / "Efternavn: Kirk
# Hedegaard", '"first_name": "Villads", "last_name": "Kirk Hedegaard"')
FIRST_FIELD = r"(?:first[ _-]?name|firstname|given[ _-]?names?|fornavne?|förnamn|vorname)"
LAST_FIELD = r"(?:last[ _-]?name|lastname|surname|family[ _-]?name|efternavn|efternamn|nachname)"
NAME_FIELDS = re.compile(
    rf"(?im)^(?P<lead>[ \t>*{{\[-]*){FIRST_FIELD}[ \t]*:[ \t]*(?P<first>[^\n,;|:]+?)[ \t]*"
    rf"(?:[,;|]+[ \t]*|[ \t]*\n[ \t>*-]*){LAST_FIELD}[ \t]*:[ \t]*"
    r"(?P<last>[^\n,;|:]+?)[ \t]*(?=[,;|]|$)"
)
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
EMPTY = frozenset({"null", "None", "false", "true"})


def key_words(key: str) -> str:
    """A key as words: "extensionNumber" -> "extension Number", "display_name" ->
    "display name"."""
    return CAMEL.sub(" ", key).replace("_", " ").replace(".", " ").strip()


def plain_structured(text: str) -> str:
    """`text` with JSON, YAML, XML and key=value pairs written as "Label: value"."""
    if not isinstance(text, str):
        return text
    if not any(mark in text for mark in ('":', ': "', "</", "=")):
        return joined_name_fields(text)

    def json_pair(match: re.Match[str]) -> str:
        value = match.group("text")
        if value is None:
            bare = match.group("bare")
            value = "" if bare in EMPTY else bare
        return f"{match.group('indent')}{key_words(match.group('key'))}: {value}"

    def key_value(match: re.Match[str]) -> str:
        groups = match.groupdict()
        value = groups.get("text") or groups.get("single") or groups.get("bare") or ""
        value = "" if value in EMPTY else value
        return f"{key_words(match.group('key'))}: {value},"

    text = JSON_PAIR.sub(json_pair, text)
    text = XML_ELEMENT.sub(
        lambda m: f"{key_words(m.group('key'))}: {m.group('text').strip()}, ", text
    )
    lines = []
    for line in text.split("\n"):  # two or more pairs make a line of fields, not a formula
        if len(INLINE_JSON_PAIR.findall(line)) >= 2:
            line = INLINE_JSON_PAIR.sub(key_value, line)
        elif len(KEY_VALUE.findall(line)) >= 2:
            line = KEY_VALUE.sub(key_value, line)
        lines.append(line)
    return joined_name_fields("\n".join(lines))


def joined_name_fields(text: str) -> str:
    """A first-name field and the last-name field right after it read as one name
    field: "Fornavn: Villads" / "Efternavn: Kirk Hedegaard" -> "Navn: Villads Kirk
    Hedegaard" (the employee's full name, not only the surname)."""
    if not NAME_FIELDS.search(text):
        return text
    return NAME_FIELDS.sub(
        lambda m: f"{m.group('lead')}Navn: {m.group('first')} {m.group('last')}", text
    )
