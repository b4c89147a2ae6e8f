"""Support staff accounts: names, roles and scrypt password hashes.

Passwords are hashed with werkzeug's scrypt (`scrypt:32768:8:1`, salted); the
clear text never reaches the database or a log. Functions take a Session; the
caller owns the commit.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from intake.errors import IntakeError
from store.models import ROLES, AuditEvent, User

MIN_PASSWORD_CHARS = 10
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
# Checked when a name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not a password", method="scrypt")


class UserError(IntakeError):
    """A user cannot be created or changed as asked."""


def add_user(session: Session, name: str, password: str, *, role: str, now: datetime) -> User:
    """A new active account; the name must be free and the password long enough."""
    check_user_name(name)
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    check_password(password)
    if find_user(session, name) is not None:
        raise UserError(f"user {name!r} already exists")
    user = User(name=name, password_hash=hash_password(password), role=role,
                created_at=now, is_active=True)
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, user: User, password: str) -> None:
    check_password(password)
    user.password_hash = hash_password(password)


def set_role(session: Session, user: User, role: str) -> None:
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    user.role = role


def set_active(session: Session, user: User, is_active: bool) -> None:
    user.is_active = is_active


def find_user(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.name == name))


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The active user with this name and password, else None (same cost either way)."""
    user = find_user(session, name)
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not check_password_hash(user.password_hash, password) or not user.is_active:
        return None
    return user


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def check_user_name(name: str) -> None:
    if not _NAME.match(name):
        raise UserError(f"user name {name!r}: use letters, digits and . _ @ - (at most 100)")


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise UserError(f"the password must have at least {MIN_PASSWORD_CHARS} characters")


def record_failed_login(session: Session, name: str, address: str, at: datetime) -> None:
    """A failed login goes to the audit log (never the password tried); caller commits."""
    session.add(AuditEvent(at=at, actor=name.strip().lower()[:100] or "-",
                           event="login_failed", details={"address": address}))


def count_failed_logins(session: Session, name: str, since: datetime) -> int:
    """Failed logins for this name since `since`: the brake on guessing passwords."""
    return session.scalar(
        select(func.count()).select_from(AuditEvent).where(
            AuditEvent.event == "login_failed",
            AuditEvent.actor == (name.strip().lower()[:100] or "-"),
            AuditEvent.at >= since,
        )
    ) or 0
