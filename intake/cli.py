"""The `intake` command; the only place allowed to exit."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from intake.errors import IntakeError
from intake.settings import Settings, load_settings

log = logging.getLogger("intake")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake",
        description="GDPR request intake: reads the support mailbox, opens tickets, replies.",
    )
    parser.add_argument("--config", type=Path, help="TOML settings file (default: "
                        "$INTAKE_CONFIG, else ./intake.toml if present, else built-in defaults)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="process the mailbox and send replies, then wait")
    run.add_argument("--once", action="store_true", help="drain mailbox and outbox, then exit")
    run.add_argument("--quiet", action="store_true", help="only the summary, no line per mail")

    config = commands.add_parser("config", help="settings")
    config_commands = config.add_subparsers(dest="config_command", required=True)
    config_commands.add_parser("check", help="validate the settings and say what is wrong")
    config_commands.add_parser("show", help="print the settings in force (secrets hidden)")

    db = commands.add_parser("db", help="database")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply database migrations")

    resellers = commands.add_parser("resellers", help="reseller registry")
    reseller_commands = resellers.add_subparsers(dest="resellers_command", required=True)
    importer = reseller_commands.add_parser("import", help="import resellers from a CSV file")
    importer.add_argument("file", type=Path)
    reseller_commands.add_parser("list", help="list registered resellers")

    evaluate = commands.add_parser("eval", help="measure understanding on a labelled corpus")
    evaluate.add_argument("corpus", type=Path)
    evaluate.add_argument("--predictions", type=Path, required=True, help="JSONL output")

    outbox = commands.add_parser("outbox", help="replies waiting, failed and sent")
    outbox_commands = outbox.add_subparsers(dest="outbox_command")
    listing = outbox_commands.add_parser("list", help="list outbox rows (the default)")
    listing.add_argument("--status", choices=["pending", "sending", "sent", "failed"])
    retry = outbox_commands.add_parser("retry", help="send a failed or pending reply again now")
    retry.add_argument("id", type=int)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    quiet_command = args.command in ("eval", "config")
    logging.getLogger("intake").setLevel(
        logging.DEBUG if args.verbose else logging.WARNING if quiet_command else logging.INFO
    )
    try:
        return _dispatch(args)
    except IntakeError as error:
        print(f"intake: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("intake: interrupted", file=sys.stderr)
        return 130


def _settings(args: argparse.Namespace) -> Settings:
    path = args.config
    if path is None and os.environ.get("INTAKE_CONFIG"):
        path = Path(os.environ["INTAKE_CONFIG"])
    if path is None and Path("intake.toml").is_file():
        path = Path("intake.toml")
    return load_settings(path, os.environ)


def _dispatch(args: argparse.Namespace) -> int:
    from intake import commands

    if args.command == "eval":
        return commands.evaluate_corpus(args.corpus, args.predictions)
    settings = _settings(args)
    if args.command == "config":
        return commands.config_check(settings) if args.config_command == "check" \
            else commands.config_show(settings)
    if args.command == "db":
        return commands.db_upgrade(settings)
    if args.command == "resellers":
        if args.resellers_command == "import":
            return commands.resellers_import(settings, args.file)
        return commands.resellers_list(settings)
    if args.command == "outbox":
        if args.outbox_command == "retry":
            return commands.outbox_retry(settings, args.id)
        return commands.outbox_list(settings, getattr(args, "status", None))
    if args.command == "run":
        return _run(settings, args)
    raise AssertionError(args.command)


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from intake import commands
    from intake.runner import StopRequested

    runner = commands.make_runner(settings, quiet=args.quiet)
    if args.once:
        return commands.run_once(runner)

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        print(f"intake: {signal.Signals(signum).name}: finishing the mail in hand",
              file=sys.stderr)
        waiting = runner.waiting
        runner.stopping = True
        if waiting:
            raise StopRequested

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    return commands.run_forever(runner, settings)


if __name__ == "__main__":
    sys.exit(main())
