"""Understanding measured on the blind held-out sets B to XI (`tests/data/heldout_*`).

Each set was written by an author who had not read the parsers, the dev corpus or
the other sets; its first-run figures are in the issue notes. The floors are the
figures reached after the fixes each set prompted, asserted so they cannot fall
unnoticed. The measure is the one of held-out set A.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_heldout_understanding import Tally, measure

DATA = Path(__file__).resolve().parents[1] / "data"

FLOORS: dict[str, dict[str, float]] = {
    "heldout_b": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # C's 0062 keeps an employee the follow-up takes back ("skal alligevel blive"); the
    # later sets (U) and the product leave them out, so that one mail counts as a miss.
    "heldout_c": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    # Parser-level figures: six of D's follow-ups are labelled with their ticket's kind
    # and employees, which only the pipeline (intake eval: 100 %) can know.
    "heldout_d": {
        "automated": 1.00, "kind": 0.89, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.90, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # E-R: written blind in the fourth session. Each was measured once before any fix it
    # prompted (figures in the issue notes); floors are the parser-level figures reached
    # since. The remaining misses are mostly label conventions that differ from the dev
    # corpus (names capitalised, first names kept, a renamed employee's old name).
    "heldout_e": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_f": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_g": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.90, "subjects_exact": 0.88, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_h": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_i": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_j": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_k": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_l": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_m": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_n": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_o": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_p": {
        "automated": 1.00, "kind": 0.98, "language": 0.98, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_q": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_r": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # S, T and U: parser-level misses are follow-ups whose employees come from the
    # ticket they continue, which only the pipeline knows (intake eval: 98-100 %).
    "heldout_s": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_t": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_u": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # V: v044 corrects an earlier mail sent without threading headers (not linked yet).
    "heldout_v": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_w": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_x": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_y": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # Z was written as the mails earlier intake systems got wrong: roles, nicknames,
    # extensions far from names, two requests in one mail. Its labels list both requests'
    # employees on one ticket (z014); a mail of two requests now opens two tickets, the
    # first request's employees on the first, so z014 counts as a miss here.
    "heldout_z": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.89,
        "full_name": 0.93, "subjects_exact": 0.92, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_aa": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # AB and AC: the parser-level misses are follow-ups whose kind or employees come
    # from their ticket (intake eval: 100 % on every field but AC's language, 98.3 %).
    "heldout_ab": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ac": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # AD, AE and AF: written blind at the start of the tenth session and measured once
    # before any fix (AF met every target on that run; figures in the issue notes). The
    # parser-level misses are follow-ups whose ticket gives their kind or employees.
    "heldout_ad": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ae": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_af": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # AG, AH and AI: written blind later in the tenth session, measured once at 837ae26.
    "heldout_ag": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ah": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ai": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # AJ, AK and AL: written blind late in the tenth session, measured once at d0a25b5.
    "heldout_aj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ak": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_al": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # AM, AN and AO: written blind at the end of the tenth session, measured once at
    # e444f44 (AM's follow-up labels written without ".eml" were normalised).
    "heldout_am": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_an": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ao": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ap": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_aq": {
        "automated": 1.00, "kind": 0.98, "language": 0.98, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ar": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_as": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.94, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_at": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_au": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_av": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_aw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ax": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ay": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_az": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ba": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bc": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.93, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_be": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # BF to BK: written blind against 8e91c77 and measured once there (BJ and BK missed
    # only expected_action, at 96.7 %, on that run). Parser-level misses are follow-ups whose
    # employees come from their ticket (intake eval: 100 % on every field of BF, BG,
    # BI and BJ), and BH's bh006: a father's leave, which the dev corpus leaves unflagged.
    "heldout_bf": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 0.93, "categories_reported": 0.93, "clean_unflagged": 1.00,
    },
    "heldout_bi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bk": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # BL to BQ: written blind against 424665e and measured once there (BM met every
    # target with 100 % on every field, BQ every target; figures in the issue notes).
    # Their parser-level misses are follow-ups whose ticket gives kind or employees.
    "heldout_bl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bn": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bo": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bp": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # BR to BW: written blind against 3658ba3 and measured once there (BT met every
    # target). BS's bs014 is a Jira relay with Auto-Submitted and Precedence: bulk that
    # its author labels person-written; it is still taken as automated.
    "heldout_br": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bs": {
        "automated": 0.98, "kind": 0.96, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bt": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bw": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # BX, BY, BZ and CA: written blind against fbff7ef (the code of 11d2521) and measured
    # once there; none met every target on that run (figures in the issue notes).
    "heldout_bx": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_by": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_bz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ca": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # CB-CG (written blind against e99ab1a), CH-CM (against 279675f), CN-CS (against
    # 4b7afe7), CT-CY (against 5c4436a), CZ-DE (against 12d3211) and DF-DK (against
    # c68bb03): first runs in the issue notes; floors at the figures reached after the
    # fixes they prompted.
    "heldout_cb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cc": {
        "automated": 1.00, "kind": 0.92, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.90, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ce": {
        "automated": 1.00, "kind": 0.97, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.95, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ch": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ci": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cj": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ck": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_co": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cs": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ct": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cv": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cy": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_cz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_da": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_db": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_de": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.91, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_df": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dg": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_di": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # DL-DQ (written blind against 9b64fe9), DR-DW (against 9f48ff9), DX-EC (against
    # be7b575) and ED-EI (against 1b6dd17): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_dl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.92, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_do": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ds": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dt": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.91, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_du": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dv": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_dz": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ea": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_eb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ec": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ed": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ee": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ef": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_eg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_eh": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ei": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # EJ-EO (written blind against ae33548): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_ej": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.92, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ek": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_el": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_em": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_en": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_eo": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # EP-EU (written blind against 95f74f2): first runs in the issue notes; floors at
    # the figures reached after the fixes they prompted.
    "heldout_ep": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.91, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_eq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_er": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_es": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_et": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_eu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # EV-FA (written blind against 750f4cf): first runs in the issue notes; floors at
    # the figures reached after the fixes they prompted.
    "heldout_ev": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ew": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ex": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ey": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ez": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fa": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # FB-FG (written blind against 130201b): first runs in the issue notes; floors at
    # the figures reached after the fixes they prompted.
    "heldout_fb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fc": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fe": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ff": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fg": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # FH-FM (written blind against 63583e3): first runs in the issue notes; floors at
    # the figures reached after the fixes they prompted.
    "heldout_fh": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fm": {
        "automated": 1.00, "kind": 0.97, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 1.00, "subjects_exact": 0.97, "missing": 0.97,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # FN-FS (written blind against fb5fb75): first runs in the issue notes; floors at
    # the figures reached after the fixes they prompted.
    "heldout_fn": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fo": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fp": {
        "automated": 1.00, "kind": 0.98, "language": 0.98, "extension_with_person": 0.96,
        "full_name": 0.94, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fr": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.95, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fs": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # FT-GQ (written blind against a9167af, 5c725db, fada399 and 96134e9): first runs in the
    # issue notes; floors at the figures reached after the fixes they prompted.
    "heldout_ft": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.87,
        "full_name": 0.87, "subjects_exact": 0.90, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.91, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.95, "subjects_exact": 0.92, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.92, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_fz": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ga": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.89,
        "full_name": 0.88, "subjects_exact": 0.88, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gc": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.89, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gd": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ge": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.93, "subjects_exact": 0.88, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gg": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.79,
        "full_name": 0.82, "subjects_exact": 0.86, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.92, "subjects_exact": 0.90, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.92, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.95, "subjects_exact": 0.90, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gm": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.91, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_go": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.89,
        "full_name": 0.92, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.86, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.92, "subjects_exact": 0.92, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # GR-GW (written blind against aef9a10): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_gr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.92, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gs": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gt": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.92, "subjects_exact": 0.90, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # GX-HC (written blind against 6cb06bf): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_gx": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.91, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_gz": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.87,
        "full_name": 0.85, "subjects_exact": 0.88, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ha": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.96, "subjects_exact": 0.92, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.88,
        "full_name": 0.88, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # HD-HI (written blind against 4e0bca5): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_hd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_he": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.90, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.91, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.90, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.90, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hi": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # HJ-HO (written blind against 91d2ecc): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_hj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.82,
        "full_name": 0.91, "subjects_exact": 0.88, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.98, "subjects_exact": 0.88, "missing": 1.00,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_hl": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 0.93, "categories_reported": 0.93, "clean_unflagged": 1.00,
    },
    "heldout_hm": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.87,
        "full_name": 0.86, "subjects_exact": 0.84, "missing": 0.88,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_hn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ho": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # HP-HU (written blind against 6e49283) and HV-IA (written blind against 7d79419):
    # first runs in the issue notes; floors at the figures reached after the fixes they
    # prompted.
    "heldout_hp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hs": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ht": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hv": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hw": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.91, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hy": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.94, "subjects_exact": 0.88, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_hz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.93,
    },
    "heldout_ia": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # IB-IG (written blind against 71895be): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_ib": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ic": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_id": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ie": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_if": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ig": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # IH-IM (written blind against 1d01ed3): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_ih": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_ii": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.91, "subjects_exact": 0.90, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ij": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.92,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ik": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_il": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.90, "subjects_exact": 0.90, "missing": 0.92,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_im": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.95, "subjects_exact": 0.92, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # IN-IU (written blind against c67c898), IV-JC (against 13664d9) and JD-JK (against
    # e79028f): first runs in the issue notes; floors at the figures reached after the
    # fixes they prompted.
    "heldout_in": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_io": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ip": {
        "automated": 1.00, "kind": 0.96, "language": 0.92, "extension_with_person": 0.80,
        "full_name": 0.83, "subjects_exact": 0.86, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_iq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ir": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_is": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_it": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_iu": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_iv": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.89,
        "full_name": 0.89, "subjects_exact": 0.92, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_iw": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ix": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_iy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.82,
        "full_name": 0.82, "subjects_exact": 0.84, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_iz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.98, "subjects_exact": 0.88, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ja": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jb": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jc": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jd": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.90, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_je": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.93, "subjects_exact": 0.88, "missing": 0.96,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_jf": {
        "automated": 1.00, "kind": 0.88, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.96, "subjects_exact": 0.76, "missing": 0.88,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jg": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.84,
        "full_name": 0.83, "subjects_exact": 0.56, "missing": 0.82,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jh": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ji": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.88, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_jj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # JL-JS (written blind against 5a9cf34) and JT-KA (against 4aa6d12): first runs in the
    # issue notes; floors at the figures reached after the fixes they prompted.
    "heldout_jl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.90, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jo": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_js": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jt": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.90, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ju": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_jw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jx": {
        "automated": 1.00, "kind": 0.76, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.96, "subjects_exact": 0.39, "missing": 0.76,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_jz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.91, "subjects_exact": 0.92, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ka": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # KB-KI (written blind against 7a86b0b): first runs in the issue notes; floors at the
    # figures reached after the fixes they prompted.
    "heldout_kb": {
        "automated": 1.00, "kind": 0.94, "language": 0.98, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kc": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.96, "subjects_exact": 0.86, "missing": 0.88,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_ke": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kg": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.92, "subjects_exact": 0.90, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ki": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # KJ-LG (written blind against 80707b3, 3aa0cc4 and db30e1f): first runs in the issue
    # notes; floors at the figures reached after the fixes they prompted.
    "heldout_kj": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.87,
        "full_name": 0.89, "subjects_exact": 0.92, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.88,
        "full_name": 0.89, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kl": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.93, "subjects_exact": 0.92, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_km": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.98, "subjects_exact": 0.90, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ko": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.93, "subjects_exact": 0.88, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.95,
    },
    "heldout_kq": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.92,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kr": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ks": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kt": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.77,
        "full_name": 0.90, "subjects_exact": 0.76, "missing": 0.86,
        "sensitive_redacted": 0.93, "categories_reported": 0.93, "clean_unflagged": 1.00,
    },
    "heldout_ku": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.88,
        "full_name": 0.93, "subjects_exact": 0.90, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kv": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.87,
        "full_name": 0.88, "subjects_exact": 0.86, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.94, "subjects_exact": 0.90, "missing": 0.92,
        "sensitive_redacted": 0.88, "categories_reported": 0.88, "clean_unflagged": 1.00,
    },
    "heldout_kx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.86,
        "full_name": 0.86, "subjects_exact": 0.80, "missing": 0.82,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ky": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.84,
        "full_name": 0.97, "subjects_exact": 0.76, "missing": 0.82,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_kz": {
        "automated": 1.00, "kind": 0.88, "language": 1.00, "extension_with_person": 0.89,
        "full_name": 0.91, "subjects_exact": 0.90, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_la": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_lc": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.86,
        "full_name": 0.86, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ld": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.90, "subjects_exact": 0.88, "missing": 0.92,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_le": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.95, "subjects_exact": 0.86, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.73,
        "full_name": 0.76, "subjects_exact": 0.82, "missing": 0.88,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # LH-LO (written blind against f2d9912): first runs in the issue notes; floors at
    # the figures reached after the fixes they prompted.
    "heldout_lh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_li": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 1.00, "subjects_exact": 0.88, "missing": 0.92,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_lk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ll": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.92, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ln": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lo": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # LP-LW (written blind against 664dd25): first runs in the issue notes; floors at
    # the figures reached after the fixes they prompted.
    "heldout_lp": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.95, "subjects_exact": 0.90, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ls": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_lt": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 0.94, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # LX-ME (written blind against 8403af4): first runs in the issue notes; floors at
    # the figures reached after the fixes they prompted.
    "heldout_lx": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.88,
        "full_name": 0.93, "subjects_exact": 0.88, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ly": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.84,
        "full_name": 0.87, "subjects_exact": 0.82, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_lz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.87,
        "full_name": 0.92, "subjects_exact": 0.90, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ma": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_mb": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.90, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_mc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.94, "subjects_exact": 0.84, "missing": 0.92,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_md": {
        "automated": 1.00, "kind": 0.86, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.92, "subjects_exact": 0.88, "missing": 0.92,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 0.97,
    },
    "heldout_me": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.91, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # MF-MM (written blind against a7352ca), MN-MU (against 50425d17), MV-MZ (against
    # 4d2ccb94): first runs in the issue notes; floors at the figures after the fixes.
    "heldout_mf": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.87,
        "full_name": 0.91, "subjects_exact": 0.92, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 0.94, "categories_reported": 0.94, "clean_unflagged": 1.00,
    },
    "heldout_mh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ml": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.84,
    },
    "heldout_mm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.75, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mo": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mq": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ms": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mt": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mw": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mx": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_my": {
        "automated": 1.00, "kind": 0.92, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_mz": {
        "automated": 0.98, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # NA-NH (written blind against 58b794ba), NI-NM (against c83a763f), NN-NR (against
    # 10c2d2b8): first runs in the issue notes; floors at the figures after the fixes.
    "heldout_na": {
        "automated": 1.00, "kind": 0.92, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.94, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.91,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ne": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_nf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ng": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 0.95, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ni": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.73,
        "full_name": 0.98, "subjects_exact": 0.70, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nj": {
        "automated": 1.00, "kind": 0.98, "language": 0.98, "extension_with_person": 0.92,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 0.96,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 1.00, "subjects_exact": 0.94, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nn": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.89,
        "full_name": 1.00, "subjects_exact": 0.90, "missing": 0.90,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_no": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_np": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.94, "missing": 0.94,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98,
        "sensitive_redacted": 1.00, "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # NS-OJ: written blind in the twenty-fifth stop, measured once each before any fix it
    # prompted. NW's author left quoted nicknames out of names (the project keeps them as
    # written, like IT's and KX's authors); many of NZ's and OH's misses are follow-ups that
    # only the pipeline completes.
    "heldout_ns": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nt": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.80,
        "full_name": 0.78, "subjects_exact": 0.74, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 1.00, "subjects_exact": 0.94, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ny": {
        "automated": 1.00, "kind": 0.98, "language": 0.98, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_nz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.74, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_oa": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 0.97, "subjects_exact": 0.94, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ob": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_oc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_od": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_oe": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.98, "subjects_exact": 0.94, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.95,
    },
    "heldout_of": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_og": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_oh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.89,
        "full_name": 0.94, "subjects_exact": 0.88, "missing": 0.92, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_oi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.95,
    },
    "heldout_oj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # OK, OM-OW: written blind later in the same stop, measured the same way.
    "heldout_ok": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_om": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_on": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.90, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_oo": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.92, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_op": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_oq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_or": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_os": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.92, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ot": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ou": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ov": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ow": {
        "automated": 1.00, "kind": 0.98, "language": 0.98, "extension_with_person": 0.97,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # OX-PC: the last round of the stop, measured the same way.
    "heldout_ox": {
        "automated": 1.00, "kind": 0.86, "language": 1.00, "extension_with_person": 0.87,
        "full_name": 0.88, "subjects_exact": 0.88, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_oy": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.84, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_oz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.88,
        "full_name": 0.97, "subjects_exact": 0.88, "missing": 0.92, "sensitive_redacted": 0.91,
        "categories_reported": 0.91, "clean_unflagged": 1.00,
    },
    "heldout_pa": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pb": {
        "automated": 1.00, "kind": 0.78, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.94, "subjects_exact": 0.90, "missing": 0.96, "sensitive_redacted": 0.92,
        "categories_reported": 0.92, "clean_unflagged": 0.97,
    },
    "heldout_pc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # PD to QS: seven rounds of six blind sets, floors at the rates measured after the fixes
    # they prompted
    "heldout_pd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pe": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.97, "subjects_exact": 0.96, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ph": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_po": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pq": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.92, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ps": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 0.84,
        "categories_reported": 0.84, "clean_unflagged": 1.00,
    },
    "heldout_pt": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_px": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.88, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_py": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_pz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qa": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qb": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qe": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.94, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qf": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qh": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ql": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qm": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qo": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qq": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.85,
        "full_name": 0.85, "subjects_exact": 0.90, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.67,
        "full_name": 0.95, "subjects_exact": 0.68, "missing": 0.80, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qs": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # QT to SI: written blind against 71540ba4 to 3b8c58d2 (seven rounds of six) and
    # measured once there; floors are the rates at ff0d3831, after each round's fixes.
    "heldout_qt": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qw": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_qz": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_ra": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_re": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rf": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_ri": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_rm": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ro": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rp": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.94, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rq": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rr": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rs": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rt": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_ru": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rx": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_ry": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.97, "subjects_exact": 0.86, "missing": 0.88, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_rz": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.90,
        "full_name": 0.99, "subjects_exact": 0.78, "missing": 0.84, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sa": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.79,
        "full_name": 0.84, "subjects_exact": 0.62, "missing": 0.80, "sensitive_redacted": 0.83,
        "categories_reported": 0.83, "clean_unflagged": 1.00,
    },
    "heldout_sb": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sd": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.84,
        "full_name": 0.88, "subjects_exact": 0.80, "missing": 0.86, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_se": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.86,
        "full_name": 0.92, "subjects_exact": 0.82, "missing": 0.86, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.83,
        "full_name": 0.97, "subjects_exact": 0.84, "missing": 0.86, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.96, "subjects_exact": 0.88, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_si": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.89,
        "full_name": 0.98, "subjects_exact": 0.66, "missing": 0.74, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # SJ to TY: written blind against 60138dea to 6da974e9 (six rounds of six) and
    # measured once there; floors are the rates at ade59f8f, after each round's fixes.
    "heldout_sj": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sk": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 0.92,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.97, "subjects_exact": 0.96, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_so": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sr": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.94, "subjects_exact": 0.90, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ss": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_st": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_su": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sw": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 1.00, "subjects_exact": 0.94, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.95, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_sy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 0.84,
        "categories_reported": 0.92, "clean_unflagged": 1.00,
    },
    "heldout_sz": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.98, "subjects_exact": 0.92, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_ta": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_tb": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 0.97,
        "full_name": 1.00, "subjects_exact": 0.94, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_tc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_td": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.88,
        "full_name": 0.98, "subjects_exact": 0.88, "missing": 0.90, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_ti": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 0.91,
        "categories_reported": 0.91, "clean_unflagged": 1.00,
    },
    "heldout_tl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_tm": {
        "automated": 1.00, "kind": 0.98, "language": 0.96, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.92, "missing": 0.94, "sensitive_redacted": 0.94,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_tn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_to": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.98, "subjects_exact": 0.90, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_tp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.93,
        "full_name": 0.93, "subjects_exact": 0.90, "missing": 0.94, "sensitive_redacted": 0.91,
        "categories_reported": 0.91, "clean_unflagged": 1.00,
    },
    "heldout_tq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.97, "subjects_exact": 0.90, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_tr": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.96, "subjects_exact": 0.78, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ts": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.94, "subjects_exact": 0.94, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_tt": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_tu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.91, "subjects_exact": 0.86, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_tv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 0.92,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_tw": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.82,
        "full_name": 0.84, "subjects_exact": 0.50, "missing": 0.92, "sensitive_redacted": 0.83,
        "categories_reported": 0.83, "clean_unflagged": 1.00,
    },
    "heldout_tx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ty": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    # TZ-VN: written blind in the twenty-ninth session, in seven rounds (styles and first-run
    # figures in the issue note); floors are the parser-level figures reached after the fixes.
    "heldout_tz": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ua": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ub": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uc": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ud": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ue": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ug": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uh": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.96, "subjects_exact": 0.90, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ui": {
        "automated": 1.00, "kind": 0.94, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.94, "subjects_exact": 0.92, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uj": {
        "automated": 0.98, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ul": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_um": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.65,
        "full_name": 0.63, "subjects_exact": 0.64, "missing": 0.72, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_un": {
        "automated": 0.98, "kind": 0.96, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uo": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_up": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.98, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 0.93,
        "categories_reported": 0.93, "clean_unflagged": 0.97,
    },
    "heldout_ur": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_us": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.70,
        "full_name": 0.98, "subjects_exact": 0.74, "missing": 0.78, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ut": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_uu": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.96, "subjects_exact": 0.86, "missing": 0.92, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uw": {
        "automated": 0.96, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ux": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 1.00, "subjects_exact": 0.90, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_uy": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.92, "missing": 0.96, "sensitive_redacted": 0.91,
        "categories_reported": 0.91, "clean_unflagged": 1.00,
    },
    "heldout_uz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_va": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ve": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_vf": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vg": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_vh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.96,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vi": {
        "automated": 1.00, "kind": 0.96, "language": 0.98, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.94, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_vj": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vl": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.96, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vm": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 0.92,
        "categories_reported": 0.92, "clean_unflagged": 1.00,
    },
    # VO-VS: five ordinary days written blind at the end of the twenty-ninth session and run once
    # at the closing commit with no fix after them; floors are those first figures.
    "heldout_vo": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vr": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 0.97,
    },
    "heldout_vs": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # VT-XC: ordinary days, bereavement, a Sunday-evening catch-up, an end-of-quarter clean-up,
    # bystanders, job titles and rooms beside names, written blind, run once each before the fixes
    # they prompted; floors are the figures at ad07aea3.
    "heldout_vt": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vu": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vw": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_vz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wa": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wb": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wd": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.96, "subjects_exact": 0.94, "missing": 0.96, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_we": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wg": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 0.91,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wj": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.97, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wk": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.94,
        "full_name": 0.94, "subjects_exact": 0.86, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wl": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wm": {
        "automated": 1.00, "kind": 1.00, "language": 0.98, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wn": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 0.91,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wo": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.98,
        "full_name": 0.98, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wp": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wq": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wr": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ws": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wt": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 0.92,
        "full_name": 0.92, "subjects_exact": 0.96, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wu": {
        "automated": 1.00, "kind": 0.98, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.94, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wv": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 1.00, "sensitive_redacted": 0.90,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_ww": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wx": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.96, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wy": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_wz": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_xa": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_xb": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_xc": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    # XD-XI: six ordinary days written blind as the closing round and run once at 4f9ea778; the one
    # fix after them (a reminder in XH that mentions being away) is in these figures at ad07aea3.
    "heldout_xd": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 1.00, "sensitive_redacted": 0.83,
        "categories_reported": 0.83, "clean_unflagged": 1.00,
    },
    "heldout_xe": {
        "automated": 1.00, "kind": 0.96, "language": 1.00, "extension_with_person": 0.97,
        "full_name": 0.95, "subjects_exact": 0.94, "missing": 0.94, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_xf": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_xg": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 0.98, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_xh": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 0.95,
        "full_name": 0.96, "subjects_exact": 0.96, "missing": 0.98, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
    "heldout_xi": {
        "automated": 1.00, "kind": 1.00, "language": 1.00, "extension_with_person": 1.00,
        "full_name": 1.00, "subjects_exact": 1.00, "missing": 1.00, "sensitive_redacted": 1.00,
        "categories_reported": 1.00, "clean_unflagged": 1.00,
    },
}


@pytest.fixture(scope="module")
def tallies() -> dict[str, dict[str, Tally]]:
    result = {name: measure(DATA / name) for name in FLOORS}
    for name, per_target in result.items():
        for target, tally in per_target.items():
            misses = f"  missed: {' '.join(tally.misses)}" if tally.misses else ""
            print(f"{name} {target}: {tally.hits}/{tally.cases} = {tally.rate:.3f}{misses}")
    return result


@pytest.mark.parametrize("name", list(FLOORS))
def test_set_is_large_enough(name: str) -> None:
    assert len(list((DATA / name).glob("*.eml"))) >= 60


@pytest.mark.parametrize(("name", "target"),
                         [(name, target) for name, floors in FLOORS.items() for target in floors])
def test_floor(tallies: dict[str, dict[str, Tally]], name: str, target: str) -> None:
    tally = tallies[name][target]
    assert tally.rate >= FLOORS[name][target], f"{name} {target} {tally.rate:.3f}: {tally.misses}"
