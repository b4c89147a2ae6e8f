"""Pairings told by order words: "Jens og Mette, lokal 214 hhv. 215", "extensions 301
and 302 respectively", "(110, 112 og 119 i samme rækkefølge)", "The former had extension
7012, the latter 7015". The sentence is rewritten with each number after its person
("Jens Højgaard lokal 214, Mette Frost Lund lokal 215"), and "the former" / "the latter"
with the name they stand for, so the usual pairing rules read them. Pure text rules, no
I/O."""

from __future__ import annotations

import re

from parsers.names import find_names

__all__ = ["with_order_words_resolved"]

ORDER_MARK = re.compile(
    r"(?i:\b(?:hhv\.?|henholdsvis|respectively|i samme rækkefølge|i nævnte rækkefølge"
    r"|i den rækkefølge|in that order|in the same order|in this order))"
)
SENTENCE = re.compile(  # (the dot of "hhv." ends no sentence)
    r"(?:[^.!?\n]|(?<=\b[Hh]hv)\.)+(?:[.!?](?!\d)|\n|$)"
)
NUMBER = re.compile(r"(?<![\w.,+/-])(\d{2,6})(?![\w/-]|[.,]\d)")
FORMER = re.compile(  # also "hvoraf den første sidder på lokalnummer 3301"
    r"(?i:\b(?:the former|førstnævnte|hvoraf den første|of whom the first|the first of them))\b"
)
LATTER = re.compile(
    r"(?i:\b(?:the latter|sidstnævnte|hvoraf den sidste|of whom the second|the second of them))\b"
)
EARLIER_SENTENCES = 2  # how far back "the former" and "the latter" look for their names


def with_order_words_resolved(text: str) -> str:
    """`text` with pairings by order words written out, one number after each name."""
    if not isinstance(text, str):
        return ""
    if ORDER_MARK.search(text):
        text = with_pairs_in_order(text)
        text = with_list_lines_paired(text)
    if FORMER.search(text) and LATTER.search(text):
        text = with_former_and_latter(text)
    return text


def with_pairs_in_order(text: str) -> str:
    """`text` with each sentence that has an order word paired in order; a sentence
    that names the people only ("They should read Jonathan Smith and Jane Smith
    respectively") takes the numbers of the sentence before it."""
    sentences = pieces(text)
    for index, sentence in enumerate(sentences):
        if not ORDER_MARK.search(sentence):
            continue
        numbers = NUMBER.findall(sentence)
        if not numbers and index > 0:
            numbers = NUMBER.findall(sentences[index - 1])
        sentences[index] = paired_in_order(sentence, numbers)
    return "".join(sentences)


def pieces(text: str) -> list[str]:
    """`text` cut into its sentences and the blank stretches between them, which join
    back into the whole text."""
    found: list[str] = []
    at = 0
    for match in SENTENCE.finditer(text):
        if match.start() > at:
            found.append(text[at : match.start()])
        found.append(match.group())
        at = match.end()
    return [*found, text[at:]] if at < len(text) else found


def paired_in_order(sentence: str, numbers: list[str]) -> str:
    """One sentence with an order word: its names and the numbers paired in order when
    they are as many (two or more); else as written."""
    mentions = [mention for mention in find_names(sentence, "") if mention.name]
    if len(mentions) < 2 or len(mentions) != len(numbers):
        return sentence
    end = "\n" if sentence.endswith("\n") else ""
    pairs = ", ".join(
        f"{mention.name} lokal {number}" for mention, number in zip(mentions, numbers, strict=True)
    )  # (the words before the first name stay: "skal slettes: ")
    return f"{sentence[: mentions[0].start]}{pairs}.{end}"


NUMBERS_LINE = re.compile(r"[ \t]*\d{2,6}(?:[ \t]*(?:,|og|and|&)[ \t]*\d{2,6})+[ \t]*\.?[ \t]*")


def with_list_lines_paired(text: str) -> str:
    """`text` with a line of names followed by a line of as many numbers ("Carl von
    Holstein, Maria de la Cruz Jensen" / "801, 802") written one pair a line."""
    lines = text.split("\n")
    for index in range(len(lines) - 1):
        if not NUMBERS_LINE.fullmatch(lines[index + 1]):
            continue
        mentions = [m for m in find_names(lines[index], "") if m.name]
        numbers = NUMBER.findall(lines[index + 1])
        if len(mentions) >= 2 and len(mentions) == len(numbers):
            lines[index] = "\n".join(
                f"{m.name} lokal {n}" for m, n in zip(mentions, numbers, strict=True)
            )
            lines[index + 1] = ""
    return "\n".join(lines)


def with_former_and_latter(text: str) -> str:
    """`text` with "the former" and "the latter" written as the two names the sentences
    before them give (and only two)."""
    sentences = pieces(text)
    for index, sentence in enumerate(sentences):
        if not FORMER.search(sentence) and not LATTER.search(sentence):
            continue
        before = "".join(sentences[max(0, index - EARLIER_SENTENCES) : index]) + sentence
        names = [m.name for m in find_names(FORMER.sub(" ", LATTER.sub(" ", before)), "") if m.name]
        if len(names) != 2:
            continue
        sentences[index] = LATTER.sub(names[1], FORMER.sub(names[0], sentence))
    return "".join(sentences)
