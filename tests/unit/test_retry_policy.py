"""The backoff schedule is pure arithmetic on the number of failed attempts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from store.outbox import RetryPolicy

MINUTE = timedelta(minutes=1)


def test_default_policy_starts_at_a_minute_and_doubles() -> None:
    policy = RetryPolicy()
    delays = [policy.next_delay(attempts) for attempts in (1, 2, 3, 4)]
    assert delays == [MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE]


def test_delay_is_capped_at_max_delay() -> None:
    policy = RetryPolicy(max_delay=timedelta(minutes=5))
    assert policy.next_delay(3) == 4 * MINUTE
    assert policy.next_delay(4) == 5 * MINUTE
    assert policy.next_delay(10) == 5 * MINUTE


def test_zero_or_negative_attempts_count_as_the_first() -> None:
    policy = RetryPolicy()
    assert policy.next_delay(0) == MINUTE
    assert policy.next_delay(-3) == MINUTE


def test_gives_up_once_the_schedule_reaches_the_horizon() -> None:
    # waits 1, 2, 4 min: attempt 4 happens 7 min after the first; horizon 10 min.
    policy = RetryPolicy(horizon=10 * MINUTE)
    assert policy.next_delay(3) == 4 * MINUTE
    assert policy.next_delay(4) == 3 * MINUTE  # shortened to land on the horizon
    assert policy.next_delay(5) is None


def test_the_whole_schedule_adds_up_to_the_horizon() -> None:
    policy = RetryPolicy(horizon=timedelta(days=2))
    total = timedelta(0)
    attempts = 0
    while (delay := policy.next_delay(attempts + 1)) is not None:
        attempts += 1
        total += delay
    assert total == timedelta(days=2)
    assert 40 < attempts + 1 < 60  # hourly once the doubling reaches the cap


def test_zero_horizon_never_retries() -> None:
    assert RetryPolicy(horizon=timedelta(0)).next_delay(1) is None


def test_huge_attempt_counts_do_not_overflow() -> None:
    policy = RetryPolicy(horizon=timedelta(days=100_000))
    assert policy.backoff(10_000) == policy.max_delay


@pytest.mark.parametrize(
    "kwargs",
    [
        {"base_delay": timedelta(0)},
        {"base_delay": timedelta(minutes=10), "max_delay": timedelta(minutes=5)},
        {"horizon": timedelta(seconds=-1)},
    ],
)
def test_nonsense_policies_are_refused(kwargs: dict[str, timedelta]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)
