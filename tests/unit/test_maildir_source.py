"""MaildirSource and MaildirWriter on real directories (tmp_path): order, moves, atomicity."""

from __future__ import annotations

import mailbox
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from intake.errors import SourceError
from intake.sources.maildir import MaildirSource, MaildirWriter


def make_mail(number: int) -> bytes:
    return (
        f"From: reseller@reseller.example\nSubject: Anmodning {number}\n"
        f"Message-ID: <{number}@reseller.example>\n\nSlet medarbejder {number}.\n"
    ).encode()


def put_file(root: Path, subdirectory: str, name: str, raw: bytes) -> None:
    (root / subdirectory).mkdir(parents=True, exist_ok=True)
    (root / subdirectory / name).write_bytes(raw)


def files_in(folder: Path) -> dict[str, bytes]:
    """name -> bytes of every mail file in a Maildir folder's new/ and cur/."""
    return {
        path.name: path.read_bytes()
        for subdirectory in ("new", "cur")
        for path in sorted((folder / subdirectory).iterdir())
    }


def test_a_missing_maildir_is_created_with_its_subfolders(tmp_path: Path) -> None:
    root = tmp_path / "mail"

    source = MaildirSource(root)

    assert list(source.fetch_new()) == []
    for folder in (root, root / ".Processed", root / ".Quarantine"):
        assert all((folder / name).is_dir() for name in ("new", "cur", "tmp"))
    assert sorted(mailbox.Maildir(root).list_folders()) == ["Processed", "Quarantine"]


def test_fetch_new_yields_new_and_cur_in_file_name_order(tmp_path: Path) -> None:
    put_file(tmp_path, "new", "0003.mail", make_mail(3))
    put_file(tmp_path, "cur", "0002.mail:2,S", make_mail(2))
    put_file(tmp_path, "new", "0001.mail", make_mail(1))
    put_file(tmp_path, "new", ".hidden", b"not mail")

    mails = list(MaildirSource(tmp_path).fetch_new())

    assert [mail.key for mail in mails] == [
        "maildir:0001.mail",
        "maildir:0002.mail",
        "maildir:0003.mail",
    ]
    assert [mail.raw for mail in mails] == [make_mail(1), make_mail(2), make_mail(3)]


def test_mark_processed_moves_the_file_into_the_processed_subfolder(tmp_path: Path) -> None:
    put_file(tmp_path, "new", "0001.mail", make_mail(1))
    put_file(tmp_path, "cur", "0002.mail:2,S", make_mail(2))
    source = MaildirSource(tmp_path)

    for mail in source.fetch_new():
        source.mark_processed(mail.key)

    assert files_in(tmp_path) == {}
    assert files_in(tmp_path / ".Processed") == {
        "0001.mail": make_mail(1),
        "0002.mail:2,S": make_mail(2),
    }
    assert (tmp_path / ".Processed" / "maildirfolder").exists()
    assert list(source.fetch_new()) == []
    assert len(mailbox.Maildir(tmp_path).get_folder("Processed")) == 2


def test_quarantine_moves_the_file_into_the_quarantine_subfolder(tmp_path: Path) -> None:
    put_file(tmp_path, "new", "0001.mail", make_mail(1))
    put_file(tmp_path, "new", "0002.mail", make_mail(2))
    source = MaildirSource(tmp_path)
    bad, good = source.fetch_new()

    source.quarantine(bad.key)
    source.mark_processed(good.key)

    assert files_in(tmp_path / ".Quarantine") == {"0001.mail": make_mail(1)}
    assert files_in(tmp_path / ".Processed") == {"0002.mail": make_mail(2)}
    assert list(source.fetch_new()) == []


def test_a_taken_name_in_the_target_is_never_overwritten(tmp_path: Path) -> None:
    put_file(tmp_path / ".Processed", "new", "0001.mail", b"an older mail of that name")
    put_file(tmp_path, "new", "0001.mail", make_mail(1))
    source = MaildirSource(tmp_path)

    (mail,) = source.fetch_new()
    source.mark_processed(mail.key)

    assert sorted(files_in(tmp_path / ".Processed").values()) == sorted(
        [b"an older mail of that name", make_mail(1)]
    )


def test_subfolder_names_are_configurable(tmp_path: Path) -> None:
    put_file(tmp_path, "new", "0001.mail", make_mail(1))
    source = MaildirSource(tmp_path, processed_subfolder=".Done", quarantine_subfolder=".Bad")

    (mail,) = source.fetch_new()
    source.mark_processed(mail.key)

    assert files_in(tmp_path / ".Done") == {"0001.mail": make_mail(1)}
    with pytest.raises(ValueError, match="Maildir"):
        MaildirSource(tmp_path, processed_subfolder="../elsewhere")


@pytest.mark.parametrize("key", ["maildir:missing", "imap:INBOX:1:1", "maildir:../x", "maildir:"])
def test_a_key_it_does_not_hold_gives_source_error(tmp_path: Path, key: str) -> None:
    with pytest.raises(SourceError):
        MaildirSource(tmp_path).mark_processed(key)


def test_wait_for_new_wakes_when_a_mail_is_delivered(tmp_path: Path) -> None:
    source = MaildirSource(tmp_path, poll_interval=0.05)
    writer = MaildirWriter(tmp_path)

    with ThreadPoolExecutor(max_workers=1) as executor:
        waiting = executor.submit(source.wait_for_new, 30.0)
        started = time.monotonic()
        writer.deliver(make_mail(1))
        assert waiting.result(timeout=10) is True
        assert time.monotonic() - started < 5

    assert [mail.raw for mail in source.fetch_new()] == [make_mail(1)]


def test_wait_for_new_times_out_when_only_handed_out_mail_is_there(tmp_path: Path) -> None:
    put_file(tmp_path, "new", "0001.mail", make_mail(1))
    source = MaildirSource(tmp_path, poll_interval=0.05)
    assert source.wait_for_new(0) is True  # not handed out yet
    list(source.fetch_new())  # handed out, never marked (e.g. failed): not new any more

    started = time.monotonic()
    assert source.wait_for_new(0.3) is False
    assert 0.25 < time.monotonic() - started < 5


def test_writer_delivers_into_new_through_tmp(tmp_path: Path) -> None:
    writer = MaildirWriter(tmp_path / "outbox")

    key = writer.deliver(make_mail(1))

    assert (tmp_path / "outbox" / "new" / key).read_bytes() == make_mail(1)
    assert list((tmp_path / "outbox" / "tmp").iterdir()) == []
    assert mailbox.Maildir(tmp_path / "outbox").get_bytes(key) == make_mail(1)


def test_writer_reports_an_unwritable_place_when_delivering(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the Maildir should be")
    writer = MaildirWriter(blocker / "outbox")  # touches nothing yet

    with pytest.raises(OSError):
        writer.deliver(make_mail(1))


def test_writer_names_are_unique_across_threads(tmp_path: Path) -> None:
    writer = MaildirWriter(tmp_path)
    payloads = [make_mail(number) for number in range(200)]

    with ThreadPoolExecutor(max_workers=4) as executor:
        keys = list(executor.map(writer.deliver, payloads))

    assert len(set(keys)) == 200
    assert sorted(files_in(tmp_path).values()) == sorted(payloads)


def test_a_reader_never_sees_a_half_written_mail(tmp_path: Path) -> None:
    writer = MaildirWriter(tmp_path)
    payloads = [bytes([65 + number]) * (1 << 20) for number in range(20)]  # 1 MiB each
    seen_sizes: set[int] = set()
    done = threading.Event()
    (tmp_path / "new").mkdir()  # the writer makes the rest at its first delivery

    def read_new_until_done() -> None:
        while not done.is_set():
            for path in (tmp_path / "new").iterdir():
                seen_sizes.add(len(path.read_bytes()))

    reader = threading.Thread(target=read_new_until_done)
    reader.start()
    try:
        for payload in payloads:
            writer.deliver(payload)
    finally:
        done.set()
        reader.join()

    assert seen_sizes <= {1 << 20}
    assert sorted(files_in(tmp_path).values()) == payloads


def test_written_mail_is_read_by_the_source_in_delivery_order(tmp_path: Path) -> None:
    writer = MaildirWriter(tmp_path)
    keys = [writer.deliver(make_mail(number)) for number in range(5)]

    mails = list(MaildirSource(tmp_path).fetch_new())

    assert [mail.key for mail in mails] == [f"maildir:{key}" for key in keys]
