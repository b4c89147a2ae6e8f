"""Scores of predictions against corpus labels: pure, one line per figure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

Row = dict[str, Any]

FIELDS = ("language", "sender_known", "automated", "kind", "subjects", "missing",
          "sensitive", "followup_of", "expected_action")


def _norm_subjects(value: Any) -> list[tuple[Any, Any]]:
    return [(s.get("full_name"), s.get("extension")) for s in value or []]


def _norm_categories(value: Any) -> list[str]:
    return sorted({item["category"] for item in value or []})


NORMALISE: dict[str, Callable[[Any], Any]] = {
    "subjects": _norm_subjects,
    "missing": lambda value: sorted(value or []),
    "sensitive": _norm_categories,
}


def _same(field: str, predicted: Row, label: Row) -> bool:
    normalise = NORMALISE.get(field, lambda value: value)
    return bool(normalise(predicted.get(field)) == normalise(label.get(field)))


def _ratio(hits: int, total: int) -> str:
    return f"{hits}/{total} = {100.0 * hits / total:.1f} %" if total else "n/a (none labelled)"


def score_predictions(predictions: Iterable[Row], labels: dict[str, Row]) -> list[str]:
    """Per-field accuracy plus the figures the issues set targets on."""
    pairs = [(p, labels[p["file"]]) for p in predictions if p["file"] in labels]
    lines = [f"scored {len(pairs)} mails against labels.jsonl", "per-field accuracy:"]
    for name in FIELDS:
        hits = sum(_same(name, p, label) for p, label in pairs)
        lines.append(f"  {name:<16} {_ratio(hits, len(pairs))}")
    lines.append("targets:")
    lines += [f"  {line}" for line in _target_lines(pairs)]
    wrong = {name: [p["file"] for p, label in pairs if not _same(name, p, label)]
             for name in FIELDS}
    lines.append("mismatches (files):")
    lines += [f"  {name}: {' '.join(files)}" for name, files in wrong.items() if files]
    return lines


def _target_lines(pairs: list[tuple[Row, Row]]) -> list[str]:
    automated = [(p, label) for p, label in pairs if label.get("automated")]
    people = [(p, label) for p, label in pairs if not label.get("automated")]
    lines = [
        "automated mail detected: " + _ratio(sum(bool(p.get("automated")) for p, _ in automated),
                                             len(automated)),
        "replies sent to automated mail: "
        + str(sum(p.get("reply") is not None for p, _ in automated)),
        "mail written by a person taken as automated: "
        + str(sum(bool(p.get("automated")) for p, _ in people)),
    ]
    lines += _subject_lines(pairs)
    lines += _sensitive_lines(pairs)
    return lines


def _subject_lines(pairs: list[tuple[Row, Row]]) -> list[str]:
    with_extension = with_name = ext_hits = name_hits = 0
    for predicted, label in pairs:
        found = _norm_subjects(predicted.get("subjects"))
        names = {name for name, _ in found}
        for subject in label.get("subjects") or []:
            if subject.get("extension"):
                with_extension += 1
                ext_hits += (subject.get("full_name"), subject["extension"]) in found
            if subject.get("full_name"):
                with_name += 1
                name_hits += subject["full_name"] in names
    return [
        "data subjects, extension found with its person: " + _ratio(ext_hits, with_extension),
        "data subjects, full name found exactly: " + _ratio(name_hits, with_name),
    ]


def stored_as_written(text: str, stored: str) -> bool:
    """Whether a labelled sensitive text is still in what was stored, as the words it
    is: "kræft" redacted is kept out even though "bekræftelse" (a confirmation) stays."""
    before = r"(?<!\w)" if text[:1].isalnum() else ""
    after = r"(?!\w)" if text[-1:].isalnum() else ""
    return re.search(before + re.escape(text) + after, stored) is not None


def _sensitive_lines(pairs: list[tuple[Row, Row]]) -> list[str]:
    texts = kept_out = categories = reported = clean = clean_unflagged = 0
    for predicted, label in pairs:
        stored = (predicted.get("stored_text") or "") + "\n" + (predicted.get("reply") or "")
        found = set(_norm_categories(predicted.get("sensitive")))
        for item in label.get("sensitive") or []:
            texts += 1
            kept_out += not stored_as_written(item["text"], stored)
            categories += 1
            reported += item["category"] in found
        if not label.get("sensitive"):
            clean += 1
            clean_unflagged += not found
    return [
        "sensitive texts kept out of storage and replies: " + _ratio(kept_out, texts),
        "sensitive categories reported: " + _ratio(reported, categories),
        "mails without sensitive data left unflagged: " + _ratio(clean_unflagged, clean),
    ]
