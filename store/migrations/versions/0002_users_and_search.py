"""users, queue indexes, merged tickets and the full-text search index

Revision ID: 0002
Revises: 0001

The search index is SQLite FTS5 (`ticket_search`): one row per ticket, its rowid the
ticket id, its text the reference, requester, subject, employees (names and
extensions) and the redacted text of the inbound mail. Triggers rebuild a ticket's
row whenever any of that changes, so every writer (pipeline, staff, merges) feeds it
without knowing it exists, and a search reads rowids only (no content lookups).

PostgreSQL gets the same design with its own parts: a table `ticket_search(ticket_id,
body tsvector)` with a GIN index, fed by row triggers (PL/pgSQL) from the same three
tables. The text is folded like FTS5's unicode61 tokenizer with remove_diacritics:
lower case, accents dropped (`ticket_search_fold`, also applied to queries), and every
character that is neither letter nor digit a word break. `store/queue.py` queries it.
A tsvector holds at most 1 MB of words, so only the first 250,000 characters of a
ticket's text are indexed there (an error would fail the mail's transaction).
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_tickets_due_id", ["due_date", "id"]),
    ("ix_tickets_kind_due", ["kind", "due_date"]),
    ("ix_tickets_reseller_due", ["reseller_id", "due_date"]),
    ("ix_tickets_assignee_due", ["assignee", "due_date"]),
    ("ix_tickets_received_at", ["received_at"]),
)
# Rare flags: small partial indexes in due order, so "only failed replies" does not
# walk the whole table. The queue's conditions are written to imply these.
PARTIAL_INDEXES = (
    ("ix_tickets_failed_due", "has_failed_reply = 1", "has_failed_reply"),
    ("ix_tickets_needs_person_due", "needs_person = 1", "needs_person"),
    ("ix_tickets_unknown_sender_due", "is_sender_known = 0", "NOT is_sender_known"),
    ("ix_tickets_sensitive_due", "sensitive_count > 0", "sensitive_count > 0"),
)

DOCUMENT = """t.reference || ' ' || t.requester_name || ' ' || t.requester_address
  || ' ' || t.subject || ' ' || coalesce((SELECT group_concat(coalesce(s.full_name, '')
  || ' ' || coalesce(s.extension, ''), ' ') FROM data_subjects AS s WHERE s.ticket_id = t.id), '')
  || ' ' || coalesce((SELECT group_concat(m.subject || ' ' || m.from_name || ' ' || m.body_text,
  ' ') FROM messages AS m WHERE m.ticket_id = t.id AND m.direction = 'in'), '')"""


def _refresh(ticket_id: str) -> str:
    """Trigger body: rebuild the search row of ticket `ticket_id` (an SQL expression)."""
    return (f"DELETE FROM ticket_search WHERE rowid = {ticket_id};\n"
            f"INSERT INTO ticket_search(rowid, body) SELECT t.id, {DOCUMENT} "
            f"FROM tickets AS t WHERE t.id = {ticket_id};")


def _trigger(name: str, when: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {when} BEGIN\n{body}\nEND"


TRIGGERS = (
    ("ticket_search_t_ins", "AFTER INSERT ON tickets", _refresh("new.id")),
    ("ticket_search_t_upd", "AFTER UPDATE OF reference, requester_name, requester_address, "
     "subject ON tickets", _refresh("new.id")),
    ("ticket_search_t_del", "AFTER DELETE ON tickets",
     "DELETE FROM ticket_search WHERE rowid = old.id;"),
    ("ticket_search_s_ins", "AFTER INSERT ON data_subjects", _refresh("new.ticket_id")),
    ("ticket_search_s_upd", "AFTER UPDATE ON data_subjects",
     _refresh("old.ticket_id") + "\n" + _refresh("new.ticket_id")),
    ("ticket_search_s_del", "AFTER DELETE ON data_subjects", _refresh("old.ticket_id")),
    ("ticket_search_m_ins", "AFTER INSERT ON messages WHEN new.ticket_id IS NOT NULL "
     "AND new.direction = 'in'", _refresh("new.ticket_id")),
    ("ticket_search_m_upd", "AFTER UPDATE OF ticket_id, direction, subject, from_name, body_text "
     "ON messages", _refresh("old.ticket_id") + "\n" + _refresh("new.ticket_id")),
    ("ticket_search_m_del", "AFTER DELETE ON messages", _refresh("old.ticket_id")),
)

FTS_STATEMENTS = (
    "CREATE VIRTUAL TABLE ticket_search USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2')",
    *(_trigger(name, when, body) for name, when, body in TRIGGERS),
    # what was stored before this revision
    f"INSERT INTO ticket_search(rowid, body) SELECT t.id, {DOCUMENT} FROM tickets AS t",
)

FTS_OBJECTS = (*(f"TRIGGER {name}" for name, _when, _body in TRIGGERS), "TABLE ticket_search")


def _folds() -> tuple[str, str]:
    """Latin letters with accents (either case) and their plain lower-case letter."""
    source, target = [], []
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        plain = "".join(c for c in unicodedata.normalize("NFD", char)
                        if not unicodedata.combining(c)).lower()
        if len(plain) == 1 and plain != char:
            source.append(char)
            target.append(plain)
    return "".join(source), "".join(target)


PG_DOCUMENT = DOCUMENT.replace("group_concat(", "string_agg(")
PG_STATEMENTS = (
    "CREATE TABLE ticket_search (ticket_id integer PRIMARY KEY, body tsvector NOT NULL)",
    "CREATE INDEX ix_ticket_search_body ON ticket_search USING gin (body)",
    "CREATE FUNCTION ticket_search_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE "
    "AS $$ SELECT translate(lower(value), '{}', '{}') $$".format(*_folds()),
    # FTS5 unicode61 keeps letters and digits only; the parser then sees plain words
    "CREATE FUNCTION ticket_search_body(ticket integer) RETURNS tsvector LANGUAGE sql STABLE "
    "AS $$ SELECT to_tsvector('simple', regexp_replace(ticket_search_fold(left("
    f"{PG_DOCUMENT}, 250000)), '[[:space:][:punct:]]+', ' ', 'g')) "
    "FROM tickets AS t WHERE t.id = ticket $$",
    """CREATE FUNCTION ticket_search_refresh(ticket integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ticket IS NULL THEN RETURN; END IF;
  INSERT INTO ticket_search (ticket_id, body)
    SELECT t.id, ticket_search_body(t.id) FROM tickets AS t WHERE t.id = ticket
    ON CONFLICT (ticket_id) DO UPDATE SET body = excluded.body;
  IF NOT FOUND THEN DELETE FROM ticket_search WHERE ticket_id = ticket; END IF;
END $$""",
    """CREATE FUNCTION ticket_search_on_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM ticket_search WHERE ticket_id = OLD.id;
  ELSE
    PERFORM ticket_search_refresh(NEW.id);
  END IF;
  RETURN NULL;
END $$""",
    """CREATE FUNCTION ticket_search_on_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM ticket_search_refresh(OLD.ticket_id); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.ticket_id IS DISTINCT FROM OLD.ticket_id)
  THEN PERFORM ticket_search_refresh(NEW.ticket_id); END IF;
  RETURN NULL;
END $$""",
    "CREATE TRIGGER ticket_search_t AFTER INSERT OR DELETE OR UPDATE OF reference, "
    "requester_name, requester_address, subject ON tickets "
    "FOR EACH ROW EXECUTE FUNCTION ticket_search_on_ticket()",
    "CREATE TRIGGER ticket_search_s AFTER INSERT OR UPDATE OR DELETE ON data_subjects "
    "FOR EACH ROW EXECUTE FUNCTION ticket_search_on_child()",
    "CREATE TRIGGER ticket_search_m_ins AFTER INSERT ON messages FOR EACH ROW "
    "WHEN (NEW.ticket_id IS NOT NULL AND NEW.direction = 'in') "
    "EXECUTE FUNCTION ticket_search_on_child()",
    "CREATE TRIGGER ticket_search_m AFTER DELETE OR UPDATE OF ticket_id, direction, subject, "
    "from_name, body_text ON messages FOR EACH ROW EXECUTE FUNCTION ticket_search_on_child()",
    # what was stored before this revision
    "INSERT INTO ticket_search (ticket_id, body) SELECT id, ticket_search_body(id) FROM tickets",
)
PG_OBJECTS = (
    "TRIGGER ticket_search_m ON messages", "TRIGGER ticket_search_m_ins ON messages",
    "TRIGGER ticket_search_s ON data_subjects", "TRIGGER ticket_search_t ON tickets",
    "FUNCTION ticket_search_on_child()", "FUNCTION ticket_search_on_ticket()",
    "FUNCTION ticket_search_refresh(integer)", "FUNCTION ticket_search_body(integer)",
    "FUNCTION ticket_search_fold(text)", "TABLE ticket_search",
)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    # A plain integer, no foreign key: SQLite adds it with one ALTER TABLE, no copy.
    op.add_column("tickets", sa.Column("merged_into_id", sa.Integer(), nullable=True))
    for name, columns in INDEXES:
        op.create_index(name, "tickets", columns)
    for name, sqlite_where, postgresql_where in PARTIAL_INDEXES:
        op.create_index(name, "tickets", ["due_date", "id"], sqlite_where=sa.text(sqlite_where),
                        postgresql_where=sa.text(postgresql_where))
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in FTS_STATEMENTS:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in PG_STATEMENTS:
            op.get_bind().exec_driver_sql(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for obj in FTS_OBJECTS:
            op.execute(f"DROP {obj}")
    elif dialect == "postgresql":
        for obj in PG_OBJECTS:
            op.execute(f"DROP {obj}")
    for name in [name for name, *_rest in (*INDEXES, *PARTIAL_INDEXES)]:
        op.drop_index(name, "tickets")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("merged_into_id")
    op.drop_table("users")
