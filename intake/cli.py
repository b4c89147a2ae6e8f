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
from typing import TYPE_CHECKING

from intake.errors import IntakeError
from intake.settings import Settings, load_settings

if TYPE_CHECKING:
    from intake.digest import DailyDigest

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
    run.add_argument("--digest", action="store_true",
                     help="also mail support the daily digest, once a day from [web] digest_hour")

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
    outbox.add_argument("--status", dest="outbox_status",
                        choices=["pending", "sending", "sent", "failed"],
                        help="only rows with this status")
    outbox_commands = outbox.add_subparsers(dest="outbox_command")
    listing = outbox_commands.add_parser("list", help="list outbox rows (the default)")
    listing.add_argument("--status", choices=["pending", "sending", "sent", "failed"])
    retry = outbox_commands.add_parser("retry", help="send a failed or pending reply again now")
    retry.add_argument("id", type=int)
    _add_triage_parsers(commands)
    return parser


def _add_filters(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Queue filters; on sub-commands they only override what was given before them."""
    from store.queue import FLAGS, STATUS_CHOICES

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument("--status", choices=STATUS_CHOICES, default=default("open"),
                        help="open (default), all, closed or one status")
    parser.add_argument("--kind", default=default(""), help="a request kind, or 'none'")
    parser.add_argument("--reseller", default=default(""),
                        help="a reseller id (e.g. R001), or 'none' for unknown senders")
    parser.add_argument("--flag", action="append", choices=FLAGS, default=default(None),
                        help="only tickets with this flag (repeatable)")
    parser.add_argument("--assignee", default=default(""), help="a user name, or 'none'")
    parser.add_argument("-q", "--search", default=default(""),
                        help="words in references, names, extensions or text")


def _add_triage_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from intake.staff_replies import STAFF_TEMPLATES
    from store.models import STAFF_STATUSES

    tickets = commands.add_parser("tickets", help="the triage queue (default: list it)")
    _add_filters(tickets, suppress=False)
    tickets.add_argument("--limit", type=int, default=50, help="rows per page (default 50)")
    tickets.add_argument("--after", help="continue after this position (printed by a page)")
    ticket_commands = tickets.add_subparsers(dest="tickets_command")
    _add_filters(ticket_commands.add_parser("list", help="list tickets (the default)"),
                 suppress=True)
    show = ticket_commands.add_parser("show", help="a ticket with its thread and audit log")
    show.add_argument("reference")
    change = ticket_commands.add_parser("set", help="assign, set status, note, merge")
    change.add_argument("reference")
    change.add_argument("--status", dest="new_status", choices=STAFF_STATUSES)
    change.add_argument("--assign", help="a user name; '-' to unassign")
    change.add_argument("--note", help="add an internal note")
    change.add_argument("--merge-into", metavar="REF", help="merge this ticket into REF")
    change.add_argument("--not-a-request", metavar="REASON", help="close as not a request")
    change.add_argument("--as", dest="actor", help="name for the audit log (default cli:$USER)")
    reply = ticket_commands.add_parser("reply", help="send a template reply and drain")
    reply.add_argument("reference")
    reply.add_argument("--template", required=True, choices=STAFF_TEMPLATES)
    reply.add_argument("--text", default="", help="reason, sub-processor or free text")
    reply.add_argument("--months", type=int, default=0, help="deadline_extended: 1 or 2")
    reply.add_argument("--preview", action="store_true", help="print it, send nothing")
    reply.add_argument("--as", dest="actor", help="name for the audit log (default cli:$USER)")
    export = ticket_commands.add_parser("export", help="all matching tickets as CSV or JSON")
    export.add_argument("--format", dest="export_format", choices=["csv", "json"],
                        default="csv")
    _add_filters(export, suppress=True)
    _add_staff_parsers(commands)


def _add_staff_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from store.models import ROLES

    users = commands.add_parser("users", help="support staff accounts")
    user_commands = users.add_subparsers(dest="users_command", required=True)
    add = user_commands.add_parser("add", help="add an account (password prompted)")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="agent")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of stdin")
    user_commands.add_parser("list", help="list accounts")

    serve = commands.add_parser("serve", help="the triage web page")
    serve.add_argument("--host", help="default [web] host (127.0.0.1)")
    serve.add_argument("--port", type=int, help="default [web] port (8080)")
    commands.add_parser("digest", help="mail support the daily summary now")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # A one-shot command prints its own summary; a long-running one logs each send.
    is_one_shot = args.command != "serve" and not (
        args.command == "run" and not getattr(args, "once", False))
    logging.getLogger("intake").setLevel(
        logging.DEBUG if args.verbose else logging.WARNING if is_one_shot else logging.INFO
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
        return commands.outbox_list(settings, getattr(args, "status", None) or args.outbox_status)
    if args.command == "run":
        return _run(settings, args)
    if args.command in ("tickets", "users", "serve", "digest"):
        return _dispatch_triage(settings, args)
    raise AssertionError(args.command)


def _dispatch_triage(settings: Settings, args: argparse.Namespace) -> int:
    from intake import ticket_commands as tc

    if args.command == "serve":
        from intake.serve import serve

        return serve(settings, args.host, args.port)
    if args.command == "digest":
        from intake.digest import send_digest

        return send_digest(settings)
    if args.command == "users":
        if args.users_command == "add":
            return tc.users_add(settings, args.name, args.role, password_stdin=args.password_stdin)
        return tc.users_list(settings)
    command = args.tickets_command or "list"
    if command in ("list", "export"):
        return _tickets_listing(settings, args, command)
    actor = getattr(args, "actor", None) or tc.default_actor()
    if command == "show":
        return tc.tickets_show(settings, args.reference)
    if command == "set":
        return tc.tickets_set(settings, args.reference, status=args.new_status,
                              assign=args.assign, note=args.note, merge_into=args.merge_into,
                              not_a_request=args.not_a_request, actor=actor)
    from intake.staff_replies import StaffReplyInput

    reply = StaffReplyInput(args.template, args.text, args.months)
    return tc.tickets_reply(settings, args.reference, reply, actor=actor, preview=args.preview)


def _tickets_listing(settings: Settings, args: argparse.Namespace, command: str) -> int:
    from intake import ticket_commands as tc
    from store.queue import QueueFilter

    filters = QueueFilter(status=args.status, kind=args.kind, reseller=args.reseller,
                          flags=tuple(args.flag or ()), assignee=args.assignee,
                          search=args.search)
    if command == "export":
        return tc.tickets_export(settings, filters, args.export_format)
    return tc.tickets_list(settings, filters, limit=args.limit, after=args.after)


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from intake import commands
    from intake.runner import StopRequested

    runner = commands.make_runner(settings, quiet=args.quiet)
    daily = _daily_digest(settings) if args.digest else None
    if args.once:
        if daily is not None:
            daily.queue_if_due()
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
    if daily is not None:
        daily.start()
    try:
        return commands.run_forever(runner, settings)
    finally:
        if daily is not None:
            daily.stop()


def _daily_digest(settings: Settings) -> DailyDigest:
    from intake.digest import DailyDigest
    from intake.wiring import open_database

    return DailyDigest(settings, open_database(settings))


if __name__ == "__main__":
    sys.exit(main())
