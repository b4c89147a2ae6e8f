"""Parsing throughput on one core: decode, full parse, and the sensitive-data detector.

Usage: python3 scripts/bench_parsers.py [--repeat N] [CORPUS_DIR ...]
Defaults to ../shared/corpus/dev and ../shared/corpus/real. Prints figures; compare
ratios within one run (the machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from parsers.mail import parse_mail
from parsers.mime import decode_mail
from parsers.quotes import split_text
from parsers.sensitive import find_sensitive

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


NOT_MAIL = (".md", ".jsonl", ".csv", ".txt", ".py")


def mail_files(folder: Path) -> list[Path]:
    """The mails of a corpus: its *.eml files when labelled, else every file but notes."""
    if (folder / "labels.jsonl").exists():
        return sorted(folder.glob("*.eml"))
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix not in NOT_MAIL)


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def bench(folder: Path, repeat: int) -> None:
    raws = [path.read_bytes() for path in mail_files(folder)]
    megabytes = sum(len(raw) for raw in raws) / 1e6
    texts = []
    for raw in raws:
        mail = decode_mail(raw)
        parts = split_text(mail.body)
        texts.append("\n".join((mail.subject, parts.new, parts.signature, parts.quoted)))
    text_mb = sum(len(text.encode()) for text in texts) / 1e6
    decode = best_of(repeat, lambda: [decode_mail(raw) for raw in raws])
    parse = best_of(repeat, lambda: [parse_mail(raw) for raw in raws])
    sensitive = best_of(repeat, lambda: [find_sensitive(text) for text in texts])
    print(f"{folder.name}: {len(raws)} mails, {megabytes:.1f} MB raw, {text_mb:.2f} MB of text")
    print(
        f"  decode_mail         {len(raws) / decode:8.0f} mails/s  {megabytes / decode:6.1f} MB/s"
    )
    print(f"  parse_mail (all)    {len(raws) / parse:8.0f} mails/s  {megabytes / parse:6.1f} MB/s")
    print(
        f"  find_sensitive      {len(raws) / sensitive:8.0f} mails/s  "
        f"{text_mb / sensitive:6.1f} MB/s of text"
    )
    largest = max(raws, key=len)
    slowest = best_of(repeat, lambda: parse_mail(largest))
    print(f"  largest mail        {len(largest) / 1e3:8.0f} KB      parse_mail {slowest:6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for folder in args.corpora or [SHARED / "dev", SHARED / "real"]:
        bench(folder, args.repeat)


if __name__ == "__main__":
    main()
