"""Which employees (data subjects) a request is about: full name and extension.

Names come from `parsers.names`, extensions from `parsers.extensions`, and
`parsers.pairing` gives each extension its person. This module decides which
of them the mail is about: subject line and body together, corrections and
withdrawals, and quoted history filling in what a follow-up leaves out
("Lokalnummeret er 3319").
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.answers import as_extension_answer, inline_answers, with_extension_answers
from parsers.contact_lines import without_contact_lines
from parsers.corrections import with_self_corrections
from parsers.dummies import without_dummy_accounts
from parsers.extensions import (
    CUE,
    EXTENSION,
    OTHER_NUMBER_NOUNS,
    Mention,
    covered_function_lines,
    find_extensions,
    join_spaced_numbers,
)
from parsers.headers import FORWARD_PREFIX, REPLY_PREFIX
from parsers.history import SUBJECT_TAG, clean_quoted, quoted_authors, thread_history
from parsers.kinds import opens_new_matter, points_elsewhere
from parsers.letters import PARTICLE, UPPER, without_accents
from parsers.lexicon import PhraseBook, given_names, read_book, tokenize
from parsers.listed_writer import with_listed_writer
from parsers.model import PERSON_KINDS, DataSubject, Kind
from parsers.names import (
    HONORIFICS,
    NAME_FIELD_LABEL,
    NAME_WORD,
    ROW_NUMBER_AFTER,
    SURNAME_GIVEN,
    company_names,
    find_names,
    is_common_word,
    is_given_name,
    is_job_title,
    is_role_word,
    joined_first_names,
    names_company,
    overlaps,
    sets_up_user,
    spelt_alike,
    without_lone_generation,
)
from parsers.nicknames import NICKNAME_WORD, nickname_form, with_nicknames_as_words
from parsers.pairing import (
    CORRECTION,
    JOINED_BEFORE,
    NEGATION_BEFORE,
    NEGATION_WINDOW,
    NO_EXTENSION_KNOWN,
    SENTENCE_END,
    pair_mentions,
    sentence_of,
)
from parsers.provisioning import without_provisioning
from parsers.renames import (
    MAX_TEXT,
    after_rename_cue,
    apply_corrections,
    cue_before,
    one_renamed_employee,
    renamed,
    renamed_to,
    with_names_set_on_numbers,
    with_new_surnames,
)
from parsers.scripts import OTHER_LETTERS, find_other_script_names
from parsers.several_numbers import (
    with_numbers_of_one,
)
from parsers.signatures import cut_signature, person_of_display_name, signer_of
from parsers.sites import without_site_codes
from parsers.status import without_done_items
from parsers.subject_line_names import (
    RESPECTIVELY,
    drop_subject_line_names,
    first_written,
    with_subject_line_names,
)
from parsers.tables import (
    blank_id_columns,
    blank_old_name_fields,
    join_name_columns,
    rows_as_lines,
    without_kept_rows,
)

ADDRESS = re.compile(  # not past a cell, nor the bracket it stands in ("(mj@firma.dk, ...")
    r"[^\s;|,(<\[]+@[^\s;|,)>\]]+|https?://[^\s;|]+|www\.[^\s;|]+"
)
POST_NOMINALS = re.compile(  # "Ewan MacLeod, MRCVS (ext 208)", "Maja Holt, Ph.D. (lok. 41)"
    r",[ \t]*(?:Ph\.[ \t]?D\.?|PhD|M\.?Sc\.?|B\.?Sc\.?|MBA|[A-Z]{2,6}"
    r"|(?:cand|lic|dr|mag)\.[a-zæøå]+\.?)(?=[ \t]*\()"
)
ANGLE_ADDRESS = re.compile(  # "Tomasz Rasmussen <tras@firma.dk> (731)": gone with its gap, so
    # the number follows the name and no trailing space joins the name to the next line's
    r"[ \t]*<[^\s<>@]+@[^\s<>]+>"
)


SPOKEN_NOT = re.compile(r"(?<![\w-])(?:ikk|ik)(?![\w-])")  # "det var lok 46 og ikk 45"


def find_data_subjects(
    subject: str,
    new_text: str,
    quoted: str,
    sender_name: str,
    kind: Kind | None,
    signature: str = "",
) -> tuple[DataSubject, ...]:
    """The employees the request is about, in order of mention; never raises. The
    signature only tells how a sender writing about themselves signs their name."""
    subject, new_text, quoted, sender = (
        t[:MAX_TEXT] if isinstance(t, str) else "" for t in (subject, new_text, quoted, sender_name)
    )
    sender = person_of_display_name(sender)
    new_text, quoted = (SPOKEN_NOT.sub("ikke", t) for t in (new_text, quoted))  # "ikk 45"
    new_text, quoted = (with_extension_answers(t) for t in (new_text, quoted))  # "> Ext?\n330"
    new_text = inline_answers(new_text, quoted) + new_text  # (above the signature it cuts)
    new_text = as_extension_answer(new_text, quoted)
    company = sender_name if isinstance(sender_name, str) else ""
    signer = signer_of(f"{new_text}\n{signature}", company)
    authors = f"{sender}\n{signer}" if signer else sender  # a ticket system's mail, signed
    subject = SUBJECT_TAG.sub("", subject)
    if kind not in PERSON_KINDS:
        return completed_in_reply(new_text, quoted, sender)
    signers = (sender, *([signer] if signer else []), *quoted_authors(f"{new_text}\n{quoted}"))
    # The body comes first: it gives the order of mention; the subject line adds.
    body = without_form_remarks(cut_signature(new_text, signers))
    history = clean_quoted(thread_history(quoted, subject), signers)
    # an employee a later quoted mail left alone stays out ("Bents sag er afsluttet")
    quoted_all = analyse(history, authors)
    earlier = without_withdrawn(history, quoted_all, "subject_exclusion_cues")
    if earlier:  # "Martin Friis (lok 87) er nu slettet": done, each of them may be
        earlier = without_withdrawn(history, earlier, "subject_done_cues", keep_one=False)
        earlier = [e for e in earlier if not (e.full_name and told_done(history, e.full_name))]
    writer = forwarded_self_request(new_text, history, quoted, subject) if history else None
    earlier = [  # a quoted mail's author writing of himself ("what happens with Robert
        s for s in earlier  # Jones's voicemails when he moves") asks nothing of us, unless
        if s.extension or s.full_name not in signers[1:] or s.full_name == writer  # forwarded
    ]  # as his own request ("Fwd: Wrong spelling of my name")
    forward = points_elsewhere(new_text) or FORWARD_PREFIX.match(subject) is not None
    if earlier and forward:  # a forwarded "Hjalmar Leo Dalsgarð, ext
        earlier = with_unnamed_first_names(history, earlier, [])  # 120 and Maria from the
        # kitchen" below "see below": Maria is one more employee to ask about
    if writer:  # a forwarding layer's author is no employee: "Niels Hovmand · Hovmand IT"
        earlier = [  # signing above the employee's own "my line (extension 2210)"
            replace(s, full_name=None) if s.full_name in signers[1:] and s.full_name != writer
            else s for s in earlier
        ]
    if writer and all(s.full_name is None for s in earlier):
        # "Se nedenfor" above an employee's own "Jeg vil gerne have indsigt i … om mig"
        earlier = [replace(s, full_name=writer) for s in earlier] or [DataSubject(writer, None)]
    if writer and (signed := signed_extension(quoted, writer)):  # "Jens Peter Madsen |
        earlier = [  # Lokal 2231" under the employee's own forwarded request
            replace(s, extension=signed) if s.full_name == writer and not s.extension else s
            for s in earlier
        ]
    new_matter = opens_new_matter(new_text)
    if earlier or REPLY_PREFIX.match(subject):  # a reply's subject line is the thread's
        found = analyse(body, authors)
        known = {s.full_name for s in found + quoted_all}  # (also those history left alone:
        # "Re: Sletning - Ole Madsen" above "Ole Madsen ... er nu anonymiseret")
        # (none when the reply opens a new matter: "Ny sag – jeg svarer lige i den gamle tråd")
        found += [
            s for s in analyse(subject, authors)
            if s.full_name and s.extension and s.full_name not in known and not new_matter
        ]
    else:
        in_body = analyse(body, authors)
        found = drop_subject_line_names(
            analyse(body + "\n\n" + subject, authors), in_body, body
        )
        body_names = {s.full_name for s in in_body}
        if not any(s.full_name and s.full_name not in body_names for s in found):
            # the subject line names no one else ("Vognmand Krogh - medarbejder stoppet"):
            # the body pairs its own names and numbers, the subject line adds numbers only
            body_digits = {s.extension for s in in_body}
            line_numbers = [
                s for s in found
                if not s.full_name and s.extension and s.extension not in body_digits
            ]
            numbers = {s.extension for s in found if s.extension and s.extension not in body_digits}
            if len(in_body) == 1 and not in_body[0].extension and len(numbers) == 1:
                # "Stop call recording for ext 330" above "Employee: Olivia Grant."
                found = [replace(in_body[0], extension=numbers.pop())]
            else:
                found = in_body + line_numbers
    if not (earlier or quoted_all or new_matter) and not any(  # the names only in the
        s.full_name and s.extension for s in found  # subject line, the numbers in the body
    ):  # ("SV: Sletning af 3 - Hans Christian Møller, ..." above "4410, 4411 og 4420")
        found = with_subject_line_names(
            body, [s for s in analyse(subject, authors) if s.full_name], found
        )
    found = with_unnamed_first_names(body, merge_spellings(found, body), earlier)
    found = without_initialled_forms(found)
    if kind == "rectification" and has_self_cue(new_text) and not any(s.full_name for s in found):
        # the sender renaming themselves: "fra Thomas Aagaard til Thomas Aagaard Winther? Jeg
        # har fået nyt efternavn" names the sender too, and the new name is theirs
        found = analyse(body, "") or found
    # the sender writing about their own data ("Indsigt i mine oplysninger"); a quoted
    # request's self words are its own author's ("VS: Indsigt i mine oplysninger")
    if not found and not earlier and has_self_cue(subject + " " + new_text) and len(
        sender.split()
    ) >= 2:
        found = [DataSubject(  # their number from the signature, or the one the text gives
            signed_name(sender, f"{new_text}\n{signature}"),
            own_extension(signature) or own_extension(body) or own_extension(new_text),
        )]  # ("my name is STILL on the switchboard on extension 0412", or answered
        # below the sender's own name: "> What was your extension?" / "4417")
    elif found and has_self_cue(new_text) and len(sender.split()) >= 2:
        own = signed_name(sender, f"{new_text}\n{signature}")
        mine = {m.group(1) for m in FIRST_PERSON_NUMBER.finditer(body)}
        if len(mine) == 1 and any(not s.full_name and s.extension in mine for s in found):
            # "Bo har lokal 45, og jeg har lokal 44": only the writer's own is theirs
            found = [replace(s, full_name=own) if s.extension in mine and not s.full_name
                     else s for s in found]
        else:
            found = [replace(s, full_name=s.full_name or own) for s in found]
        if len(mine) == 1 and [s.extension for s in found if s.full_name == own] == [None]:
            found = [  # "Mit eget lokalnummer 10 vises med navnet 'Jens Back' ... skal være
                replace(s, extension=next(iter(mine))) if s.full_name == own else s  # Jens
                for s in found  # Bach"
            ]
    # (not above a forward, which is the request: "Kunden skriver nedenfor ... Zeynep-
    # sagen fra sidste uge er en anden sag")
    if earlier and new_matter and not points_elsewhere(new_text):
        old_names = {s.full_name for s in earlier if s.full_name}
        return tuple(s for s in found if s.full_name not in old_names) or (DataSubject(None, None),)
    earlier, found = apply_corrections(body, earlier, found)
    earlier = quoted_names_numbered(body, earlier)  # "Lokalnumrene er: Benedikte 311 og ..."
    points_to_rest = bool(ATTACHED_TOO.search(body) or REST_BELOW.search(body))
    if found and all(s.full_name for s in found) and not points_to_rest:
        earlier = [  # "Jørgen Bak og Susanne Egholm har i øvrigt fået nye telefoner": named
            e for e in earlier  # in passing in the quoted mail, not asked about
            if e.extension or not e.full_name or match_earlier(found, e) is not None
            or asked_about(history, e.full_name)
        ]
    if earlier and found and (
        all(only_named(body, s) for s in found)  # "mangler vi kun X"
        or ((REST_LATER.search(body) or ONLY_THEM.search(body) or FINAL_LIST.search(body))
            and all(s.full_name and s.extension for s in found))
    ):  # "her er de to, der skal slettes nu: ... Resten tager vi senere"
        earlier = [e for e in earlier if any(match_earlier([e], s) == 0 for s in found)]
    if len(earlier) > 1 and not found:  # the thread's latest "Det er kun Mette Kjær
        earlier = only_decided(history, earlier)  # Lauridsen (lok. 214) der skal slettes"
    if earlier and (only := ONLY_FIRST_NAME.search(body)):  # "Kun Nadia skal slettes, de
        chosen = [e for e in earlier  # andre to bliver" above the forwarded list of three
                  if e.full_name and e.full_name.split()[0] == only.group(1)]
        earlier = chosen if len(chosen) == 1 else earlier
    if earlier:  # "Se nedenfor. Sagen om Poul Erik Winther blev afsluttet sidste år": the
        found = without_withdrawn(body, found, keep_one=False)  # forward's request stands
    found = numbers_by_first_name(history, earlier, found)  # "Line lokal 118" above
    adds = FORGOT_ONE.search(body) is not None  # "Jeg glemte en! Søs Andersen ... også"
    attached = points_to_rest and found and earlier
    merged = without_withdrawn(body, merge_followup(earlier, found, adds or bool(attached)))
    if attached:  # "Four of them are in the attached CSV, and there is one more": the body's
        written = {  # first, then the file's; one the file lists too keeps its place there
            (s.full_name, s.extension) for s in found if match_earlier(earlier, s) is None
        }  # ("Navnet på lok. 164 mangler i kundens ark")
        merged = sorted(merged, key=lambda s: (s.full_name, s.extension) not in written)
    merged = without_withdrawn(body, merged, "subject_exclusion_cues")  # "Bents sag er afsluttet"
    if earlier and found and (final := FINAL_LIST.search(body)):  # the restated list: those
        listed = [m for m in merged if listed_at(body, m, final.end()) < len(body)]  # it
        merged = sorted(listed or merged, key=lambda m: listed_at(body, m, final.end()))
        # lists, in its order (not "Lars-Erik de Vries should NOT" named above it)
    merged = without_initialled_forms(merged)  # (the thread's short form of a name answered)
    if kind == "rectification":  # "Sofie Madsen -> Sofie Lund, lokalnr: 0412"
        merged = one_renamed_employee(body, merged)
    else:  # a rename asked beside another request ("3. Please correct the name on ext. 332
        merged = with_names_set_on_numbers(body, merged)  # to Nikolaj Bækgaard")
    if kind == "rectification" and len(merged) == 1 and new_name_to_follow(body):
        merged = [replace(merged[0], full_name=None)]  # the name to correct to is not known yet
    if any(s.full_name and not s.extension for s in merged):  # (only those can be one)
        companies = company_names(f"{subject}\n{new_text}\n{quoted}")
        merged = [  # "for Priya at Nordisk Bioscience" where the thread writes "... ApS"
            s for s in merged
            if s.extension or not s.full_name or not names_company(s.full_name, companies)
        ]
    if all(s == DataSubject(None, None) for s in merged):  # "slet venligst Kasper og
        # Louise", "for Jannik og Sara i kundeservice": one nameless employee for each
        merged = [DataSubject(None, None)] * max(1, len(merged), len(first_names_asked_for(body)))
    merged = with_respective_numbers(body, merged)  # "Jens Hansen og Mette Lund (henholdsvis
    merged = with_respective_numbers(history, merged)  # 214 og 215)"
    # (a self cue of the new text, or the sender's own request quoted below it: "Det er
    # stadig Maria Thomsen, lokalnummer 12" over her "indsigt ... om mig"; read last)
    if (len(merged) == 1 and merged[0].full_name is None and merged[0].extension
            and not writer and not FORWARD_PREFIX.match(subject) and len(sender.split()) >= 2
            and (has_self_cue(new_text)
                 or (sender in quoted_authors(quoted) and has_self_cue(history)))):
        # the sender's own number, given below their own request ("my calls are being
        # recorded. I object to this." above "> Name: ... > Extension: 902")
        merged = [replace(merged[0], full_name=signed_name(sender, f"{new_text}\n{signature}"))]
    whole = f"{subject}\n{new_text}\n{quoted}"  # ("Jr." here, "Sr." in the quoted mail)
    merged = [replace(s, full_name=without_lone_generation(s.full_name, whole))
              if s.full_name else s for s in merged]
    merged = with_second_extensions(body, merged)  # "lokal 214 og 2140 (app)"
    merged = with_numbers_of_one(body, merged)  # "slette Jens la Cour på begge hans numre"
    merged = with_shared_number(body, merged)  # "Bodil Skytte og Lene Marie Ravn deler lokal 40"
    merged = without_corrected_twins(body, merged)  # "lokalnummer 4020, ikke 4002"
    merged = with_unnamed_others(body, merged)  # "bl.a. Camilla Rask (520) og Ib Sørensen m.fl."
    merged = with_listed_writer(new_text, sender, merged)  # "Camilla Dybdahl (mig selv) - lok. 105"
    return tuple(one_per_number(one_per_name(without_other_numbers_of_named(body, merged))))


MORE_UNNAMED = re.compile(  # a list said to go on: "... og Ib Sørensen (521) m.fl."
    r"(?i:\)?[ \t,]*(?:m\.[ \t]?fl\.?|med flere|og flere|and others|among others|and more|etc\.?"
    r"|osv\.?))(?![\w])"
)


def with_unnamed_others(text: str, found: list[DataSubject]) -> list[DataSubject]:
    """One more employee, with name and number to ask for, when the list of those named
    is said to go on ("Det gælder bl.a. Camilla Rask (520) og Ib Sørensen (521) m.fl.")."""
    if not found or DataSubject(None, None) in found or not found[-1].full_name:
        return found
    last = found[-1]
    end = max(text.rfind(form) + len(form) for form in (last.full_name, last.extension) if form)
    if end <= 0 or not MORE_UNNAMED.match(text, end):
        return found
    return [*found, DataSubject(None, None)]


SHARED_NUMBER = re.compile(  # "deler lokal 330", "share ext. 40", "der deler lokalnummer 40"
    rf"(?i:\b(?:deler|deles om|share|shares|sharing)[ \t]+(?:{CUE})[ \t]*[:.]?[ \t]*)"
    r"(\d{2,6})(?!\d)"
)
SENTENCE_BREAK = re.compile(r"[.!?](?:[ \t]|$)|\n[ \t]*\n")


def with_shared_number(text: str, found: list[DataSubject]) -> list[DataSubject]:
    """The number two employees share, given once for both ("Bodil Skytte og Lene Marie
    Ravn deler lokal 40", "de to medarbejdere der deler lokal 330: Maria Holst og
    Anne-Sofie Lykke"): each named employee of that sentence without a number has it."""
    for match in SHARED_NUMBER.finditer(text):
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, match.start())]
        start = breaks[-1] if breaks else 0
        end_match = SENTENCE_BREAK.search(text, match.end())
        end = end_match.start() if end_match else len(text)
        if text[match.end() : end].lstrip().startswith(":"):
            clause = text[match.end() : end]  # "... der deler lokal 330: Maria Holst og ..."
        else:  # "Bodil Skytte og Lene Marie Ravn deler lokal 40", not "Ida Kronborg, som deler"
            clause = SHARERS_BREAK.split(text[start : match.start()])[-1]
        named = [s for s in found if s.full_name and s.full_name in clause]
        if len(named) < 2 or any(s.extension not in (None, match.group(1)) for s in named):
            continue  # (one of them may hold it already: "... Ravn deler lokal 40")
        found = [replace(s, extension=match.group(1)) if s in named else s for s in found]
    return found


SHARERS_BREAK = re.compile(r"[,;:()]")  # where the names of those sharing a number begin


SECOND_EXTENSION = re.compile(  # after an employee's number: "og 2140 (app)", "and softphone
    # 33010", "og mobilklienten 2270", "(desk) and 8120 (mobile app)", "and his mobile client"
    r"(?:[ \t]*\([^()\n]{1,25}\))?[ \t]*(?:,|\bog|\band|&|/|\bsamt|\bplus)[ \t]+"
    r"(?P<words>(?:[^\W\d_][\w-]*\.?[ \t]+){0,3}?)(?P<number>\d{2,6})"
    r"(?![\d-]|[.,:/]\d|[ \t]+\d|[ \t]*(?i:dage|days|måned|month|år\b|years|timer|hours|kr|dkk|%))"
)  # (not a phone number's first group: "mobil 42 11 90 31")
OTHER_NUMBER_LABEL = re.compile(rf"(?i:\b{OTHER_NUMBER_NOUNS}\w*)")  # "ordrenr. 88213"
DEVICE_WORDS = re.compile(
    r"(?i:\b(?:app|softphone|soft-phone|mobil\w*|klient\w*|client|desk|bord\w*|teams|kø\w*"
    r"|queue|line|linje|headset|bordtelefon\w*|desk phone)\b)"
)


def with_second_extensions(text: str, found: list[DataSubject]) -> list[DataSubject]:
    """A named employee's second extension given right after the first ("Jonas
    Vestergaard Holm – lokal 214 og 2140 (app)", "desk phone ext. 3301 and softphone
    33010"): one more entry under the same name, so both numbers are handled. A number
    that shares the first one's digits, or is said to be a device's, and names no one
    else between, is the employee's; one nameless entry it stood for goes."""
    taken = {s.extension for s in found if s.full_name and s.extension}
    result = list(found)
    for subject in found:
        if not (subject.full_name and subject.extension) or subject.full_name not in text:
            continue
        name_at = text.find(subject.full_name)
        at = re.compile(rf"(?<![\d.,]){re.escape(subject.extension)}(?!\d)").search(text, name_at)
        if at is None or at.start() - name_at > 120:
            continue
        second = SECOND_EXTENSION.match(text, at.end())
        if second is None or second.group("number") in taken:
            continue
        number, words = second.group("number"), second.group("words")
        if any(word[:1].isupper() for word in words.split()):
            continue  # "lokal 214 og Mette Holm 215": another employee
        if OTHER_NUMBER_LABEL.search(words):
            continue  # "lokal 231, ordrenr. 88213 på hans headset": the order's number
        after = text[second.end() : second.end() + 20]
        if not (number.startswith(subject.extension) or DEVICE_WORDS.search(words + after)):
            continue
        entry = DataSubject(subject.full_name, number)
        result = [s for s in result if s != DataSubject(None, number)]
        result.insert(result.index(subject) + 1, entry)
        taken.add(number)
    return result


NUMBER_LIST = re.compile(  # "214, 215 og 216", "40, 41 and 44", "3105 and 3106"
    r"(?<![\d-])\d{2,6}(?:(?:[ \t]*,[ \t]*(?:(?:og|and|&)[ \t]+)?|[ \t]+(?:og|and|&|samt)[ \t]+)"
    r"\d{2,6})+(?![\d-])"
)
PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def with_respective_numbers(text: str, subjects: list[DataSubject]) -> list[DataSubject]:
    """Names and extensions given as two lists in the same order ("Jens Hansen, Mette
    Lund og Ole Bak (henholdsvis 214, 215 og 216)", "ext. 3105 and 3106, which are
    Rajesh Kumar and Elena Popescu respectively", "Kun 301, 303 og 305 er fratrådt. I
    samme rækkefølge: Anna Madsen, ..."): each named employee without a number gets the
    number at the same place in the list of as many numbers nearest the cue."""
    for cue in RESPECTIVELY.finditer(text):
        before = [m.end() for m in PARAGRAPH_END.finditer(text, 0, cue.start())]
        start = before[-2] if len(before) > 1 else 0  # (also the paragraph above: "Kun 301,
        # 303 og 305 er fratrådt." above "I samme rækkefølge: Anna Madsen, ...")
        after = PARAGRAPH_END.search(text, cue.end())
        paragraph = text[start : after.start() if after else len(text)]
        places = {
            s.full_name: paragraph.find(s.full_name)
            for s in subjects if s.full_name and not s.extension and s.full_name in paragraph
        }
        named = sorted(places, key=places.__getitem__)
        if len(named) < 2:
            continue
        at = cue.start() - start
        lists = [
            (abs(m.start() - at), re.findall(r"\d{2,6}", m.group()))
            for m in NUMBER_LIST.finditer(paragraph)
        ]
        fitting = [numbers for _, numbers in sorted(lists) if len(numbers) == len(named)]
        if not fitting:
            continue
        given = dict(zip(named, fitting[0], strict=True))
        numbers = set(fitting[0])
        subjects = [
            replace(s, extension=given[s.full_name]) if s.full_name in given else s
            for s in subjects
            if s.full_name is not None or s.extension not in numbers
        ]
    return subjects


def quoted_names_numbered(body: str, earlier: list[DataSubject]) -> list[DataSubject]:
    """The quoted employees without a number, each given the one the reply writes
    beside their first name: "Benedikte Hauge-Sørensen og Carl Emil Fogh ... sender
    numrene" answered by "Lokalnumrene er: Benedikte 311 og Carl Emil 312"."""
    completed = []
    for subject in earlier:
        if subject.full_name and not subject.extension and len(subject.full_name.split()) > 1:
            first = re.escape(subject.full_name.split()[0])
            # the first name, maybe more of the name, a cue, then the number
            said = {m.group("number") for m in re.finditer(
                rf"(?<![\w-]){first}(?:[ \t]+{NAME_WORD}){{0,2}}[ \t]*[:(,–-]?[ \t]*"
                rf"(?:(?i:har|has|på|on)[ \t]+)?(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?"
                r"(?P<number>\d{2,6})(?!\d|[.,:/-]\d)", body
            )}
            if len(said) == 1:
                subject = replace(subject, extension=said.pop())
        completed.append(subject)
    return completed


def numbers_by_first_name(
    history: str, earlier: list[DataSubject], found: list[DataSubject]
) -> list[DataSubject]:
    """The quoted number of each full name the reply gives, when the quoted mail wrote
    only the first name beside it: "Slet Line lokal 118 og Kim lokal 119. Efternavne
    følger." answered by "Line Juul Poulsen og Kim Møller" completes 118 and 119."""
    open_numbers = {s.extension for s in earlier if s.extension and not s.full_name}
    if not open_numbers:
        return found
    completed = []
    for subject in found:
        if subject.full_name and not subject.extension:
            first = re.escape(subject.full_name.split()[0])
            said = re.finditer(rf"\b{first}\b[^.!?\n\d]{{0,20}}?(\d{{2,6}})(?!\d)", history)
            numbers = {match.group(1) for match in said} & open_numbers
            if len(numbers) == 1:
                subject = replace(subject, extension=numbers.pop())
        completed.append(subject)
    return completed


def one_per_name(found: list[DataSubject]) -> list[DataSubject]:
    """One employee for a name given twice, once with the number ("I worked there (ext.
    322)" from the writer and "My name is Emma Louise Carter"); two numbers under one
    name stay two employees (namesakes told apart by extension)."""
    kept: list[DataSubject] = []
    for subject in found:
        index = next((i for i, other in enumerate(kept)
                      if subject.full_name and other.full_name
                      and without_accents(other.full_name) == without_accents(subject.full_name)
                      and not (other.extension and subject.extension)), None)
        if index is None:
            kept.append(subject)
            continue
        name = accented(kept[index].full_name, subject.full_name)  # "Dragan Kovacevic" in the
        if kept[index].extension or not subject.extension:  # From header, "Dragan Kovačević"
            kept[index] = DataSubject(name, kept[index].extension or subject.extension)  # signed
        else:  # the mention with the number is where the list gives the employee
            del kept[index]
            kept.append(DataSubject(name, subject.extension))
    return kept


def accented(one: str | None, other: str | None) -> str | None:
    """Of two spellings of one name, the one with its accents ("Kovačević", not
    "Kovacevic"): a mail program or keyboard drops them, the person writes them."""
    if one is None or other is None:
        return one or other
    return other if without_accents(one) == one and without_accents(other) != other else one


def one_per_number(found: list[DataSubject]) -> list[DataSubject]:
    """One employee for two forms of one name on one number ("Jens P. Hansen" in the
    subject line, "Jens Peter Hansen" in the body; "Pelle Madsen" beside "Peter Vinther
    Madsen", lok 120): the same surname and first letter. The fuller form, written
    first when as long, is kept."""
    kept: list[DataSubject] = []
    for subject in found:
        index = next((i for i, other in enumerate(kept) if one_name_two_forms(other, subject)),
                     None)
        if index is None:
            kept.append(subject)
        elif len(subject.full_name or "") > len(kept[index].full_name or ""):
            kept[index] = subject
    return kept


def one_name_two_forms(one: DataSubject, other: DataSubject) -> bool:
    """Whether two employees on one number are one person written two ways."""
    if not (one.extension and one.extension == other.extension and one.full_name
            and other.full_name and one.full_name != other.full_name):
        return False
    a, b = one.full_name.lower().split(), other.full_name.lower().split()
    same_surname = a[-1] == b[-1] or a[-1].split("-")[-1] == b[-1].split("-")[-1]
    return same_surname and a[0][:1] == b[0][:1]  # ("Sarah O. Lindqvist" / "Sarah
    # O'Connor-Lindqvist", "Mac Albrektsen" / "Marcus Albrektsen")


def first_names_asked_for(body: str) -> list[str]:
    """The known first names joined in one list after a request verb of their sentence
    ("slet venligst Kasper og Louise hos Skovgaard") or before a word of leaving ("Ana og
    Mihai er stoppet"): each one employee without a full name or extension. Empty when
    the body names no such list."""
    for start, end, words in joined_first_names(body):
        sentence_start = max(body.rfind(".", 0, start), body.rfind("\n", 0, start)) + 1
        stop = SENTENCE_END.search(body, end)
        if REQUEST_VERB.search(body, sentence_start, start) or LEAVING.search(
            body, end, stop.start() if stop else len(body)
        ):  # also "Ana og Mihai er stoppet, vil I slette dem"
            return words
    return []


LEAVING = re.compile(
    r"\b(?:stop\w*|fratr\w*|ophør\w*|sluttet|fyret|afskedig\w*|opsag\w*|udtr\w*|left|leav\w*"
    r"|quit\w*|resign\w*|dismiss\w*|fired)\b",
    re.IGNORECASE,
)


def sentences_naming(history: str, name: str) -> list[str]:
    """The sentences of the quoted history that name the person, in order."""
    sentences = []
    for at in re.finditer(re.escape(name), history):
        starts = [m.end() for m in PLAIN_SENTENCE_END.finditer(history, 0, at.start())]
        end = PLAIN_SENTENCE_END.search(history, at.end())
        sentences.append(history[starts[-1] if starts else 0 : end.end() if end else len(history)])
    return sentences


def asked_about(history: str, name: str) -> bool:
    """Whether a sentence of the quoted history that names the person asks something for
    them or says they leave ("Anna stopper hos os"), rather than naming them in passing."""
    for sentence in sentences_naming(history, name):
        if DONE_BEFORE.search(sentence) and "?" not in sentence:
            continue  # "Vi fik jo sidste år slettet Eva Brandt gennem jer": done long ago
        if REQUEST_VERB.search(sentence) or LEAVING.search(sentence) or "?" in sentence:
            return True
    return False


DONE_BEFORE = re.compile(  # a deletion told as done ("fik ... slettet", "har allerede slettet")
    r"(?i:\b(?:fik|fået|blev|had|got)\b[^.!?\n]{0,30}?"
    r"|\b(?:har|havde|has)[ \t]+(?:[^\W\d_]+[ \t]+){0,2})"
    r"(?i:slettet|anonymiseret|rettet|deleted|erased|removed|anonymi[sz]ed|corrected)\b"
)
STILL = re.compile(r"(?i:\b(?:stadig|endnu|fortsat|ikke|still|not|yet)\b)")


def told_done(history: str, name: str) -> bool:
    """Whether every sentence of the quoted history that names the person tells their
    request done before ("Vi har tidligere fået rettet Hanne Friis på lok 611, det gik
    fint"), not still open ("... men hun står stadig i omstillingen")."""
    sentences = sentences_naming(history, name)
    return bool(sentences) and all(
        DONE_BEFORE.search(s) and "?" not in s and not STILL.search(s) for s in sentences
    )


PLAIN_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")  # (also at a line end)


ONLY_BEFORE = re.compile(  # "Så mangler vi kun Dorthe Kjær": the quoted others are done
    r"(?i:\bkun|\bonly|\bjust)[ \t]+(?:(?:for|om|about)[ \t]+)?$"
)


def only_named(body: str, subject: DataSubject) -> bool:
    """Whether the body names the subject after "kun"/"only" ("mangler vi kun X"), or
    with "only" after the name and its number ("for Bjørn Ødegaard, ext. 7010, only")."""
    at = first_written(body, subject)
    if ONLY_BEFORE.search(body, 0, at) is not None:
        return True
    first = (subject.full_name or "").split()[:1]
    if first and re.search(rf"(?i:\bkun|\bonly|\bjust)[ \t]+{re.escape(first[0])}\b", body):
        return True  # "De andre i tråden er allerede klaret, det er kun Birgitte"
    name = subject.full_name
    return bool(name) and at < len(body) and ONLY_AFTER.match(
        body, at + len(name or "")
    ) is not None


ONLY_BEFORE_NAME = re.compile(r"(?i:\b(?:kun|only|just)[ \t]+(?:[^\W\d_]+[ \t]+){0,2})$")


def only_decided(history: str, earlier: list[DataSubject]) -> list[DataSubject]:
    """The employees of a thread that its latest word narrows to ("Vi sletter kun Pia Lykke
    Dahl (lok 17). Mogens bliver"): quoted mails run newest first, so the first "kun"/"only"
    before a named employee decides, and those it names in that sentence are the ones."""
    named = [s for s in earlier if s.full_name]
    for sentence in SENTENCE_SPLIT.split(history):
        chosen = {
            s.full_name for s in named if s.full_name and any(
                ONLY_BEFORE_NAME.search(sentence, 0, at.start())
                for at in re.finditer(re.escape(s.full_name), sentence)
            )
        }
        if chosen:
            return [s for s in earlier if s.full_name in chosen]
    return earlier


SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[ \t]+|\n")
REST_LATER = re.compile(  # also "the others below have withdrawn"
    r"(?i:\b(?:resten|de andre|de øvrige|the rest|the others)\b[^.!?\n]{0,30}?"
    r"\b(?:senere|later|venter|vente|wait|afventer|withdrawn|trukket|fortrudt"
    r"|bliver|forbliver|beholdes|stays?|remains?"  # "Resten af listen nedenfor bliver."
    r"|flyttes|flytter|beholder|keeps?|are moving|move))"  # "de øvrige tre flyttes til Kolding"
)
FINAL_LIST = re.compile(  # a follow-up restating the whole list: "So the final list is:",
    # "Her er den opdaterede liste": whom it leaves out is out
    r"(?i:\b(?:final|updated|corrected|revised|complete)[ \t]+list\b"
    r"|\b(?:endelige|opdaterede|rettede|reviderede|samlede|fulde)[ \t]+liste\b"
    r"|\blisten[ \t]+(?:er|ser)[ \t]+nu\b|\bthe[ \t]+list[ \t]+is[ \t]+now\b)"
    r"(?=[^\n.:]{0,25}:)"  # (with the list after it, not "Updated list (6 rows) attached")
)
def restates_list(text: str) -> bool:
    """Whether a follow-up restates the whole list of employees ("So the final list is:"),
    which then replaces the one it follows up."""
    return isinstance(text, str) and FINAL_LIST.search(text[:MAX_TEXT]) is not None


ONLY_THEM = re.compile(  # "Please erase Sanne Abildgaard, ext. 763. Only her this time."
    r"(?i:\b(?:kun|only|just)[ \t]+(?:her|him|them|hende|ham|dem|hun|han|de)"
    r"(?=[ \t]*(?:[.,!;)]|this\b|now\b|for now\b|denne\b|nu\b|i denne\b|$)))"
)
ONLY_FIRST_NAME = re.compile(  # "Kun Nadia skal slettes": a first name alone after "kun"
    rf"(?i:\bkun|\bonly|\bjust)[ \t]+([{UPPER}][^\W\d_]+)\b(?![ \t]+[{UPPER}])"
)
ONLY_AFTER = re.compile(
    rf"[ \t,]*(?:\(?(?i:{CUE})[ \t]*[:.]?[ \t]*\d{{1,6}}\)?[ \t,]*)?(?i:only|alene)\b"
)


FIRST_NAME_FROM_PLACE = re.compile(  # "indsigt for Sanne fra bogholderiet"
    rf"(?:\b(?i:for|af|om|of|on|about|og|and|slet|slette|delete|erase|venligst|please"
    rf"|og så|and also)|[:,])[ \t]+"  # "Og så Ole fra lageret – ham kan jeg ikke finde"
    rf"(?:(?i:skal|må|bør|should|must)[ \t]+)?"  # "Og så skal Ole fra lageret også slettes"
    rf"([{UPPER}][^\W\d_]+)[ \t]+(?:fra|i|på|from|in|on)[ \t]+(?:the[ \t]+)?(?!kunden\b|customer\b)"
    r"(?:[a-zæøå]+(?:et|en|ne)|[a-z]+ (?:department|office|desk|team)|reception|accounts|sales"
    r"|regnskab|bogholderi|lager|salg|kundeservice|økonomi|administration|produktion|support"
    r"|kitchen|warehouse|workshop|bar|front desk|shop floor)"
    r"(?![\w-])(?![ \t]+[A-ZÆØÅ])"
)
FIRST_NAME_LIST_ITEM = re.compile(  # a first name alone on a list line, with a remark
    rf"^[ \t]*(?:(?:[-•*·]|\d{{1,2}}[.)])[ \t]*)?([{UPPER}][^\W\d_]+)[ \t]*(?:\([^()\n]+\)"
    r"|[-–—,][ \t]+[^\n]+"
    r"|(?<=[ \t])(?:fra|from|i|in|på|at)[ \t]+[^\n]+"  # "- Freja from finance, ..."
    r"|(?=[ \t]*\n(?s:.)*?\b\1\b))[ \t]*$",  # or alone, told of further on ("Katja is the …")
    re.MULTILINE,
)
LIST_ITEM_ABOVE = re.compile(  # the line above names someone with a number, after the
    rf"(?:[{UPPER}][^\W\d_]+[ \t]+[{UPPER}][^\n]*\d{{2,6}}[^\n]*"  # name or before it
    rf"|(?m:^)[ \t]*(?:[-•*·][ \t]*)?\d{{2,6}}[ \t]*(?:[-–—:|][ \t]*)?"
    rf"[{UPPER}][^\W\d_]+[ \t]+[{UPPER}][^\n]*)"
    r"\n[ \t]*\Z"
)
SURNAME_TO_COME = re.compile(  # "Mortens efternavn og lokalnummer har jeg ikke fået endnu"
    # ("… og så kokken Dragoș, hvis efternavn og nummer jeg ikke lige har")
    rf"(?<![\w-])([{UPPER}][^\W\d_]+?)(?:s|'s|’s|(?<=s)['’]|(?<=[^\W\d_]),[ \t]*(?:hvis|whose))"
    r"[ \t]+(?:efternavn|fulde navn|surname|last name|full name)\b[^.\n]{0,60}?"
    r"\b(?:ikke|not|endnu|yet|mangler|missing|unknown|ukendt|eftersend\w*|to follow)",
)


def with_unnamed_first_names(
    body: str, found: list[DataSubject], earlier: list[DataSubject]
) -> list[DataSubject]:
    """`found` with the employee known by first name only put where the body first
    names them ("Rasmus fra værkstedet og Dorthe Lykke Bang (lokal 815)"), unless a
    nameless employee of the quoted request already stands for them ("Jonas (lok.
    4418)" quoted above "Jonas' efternavn har kunden stadig ikke fundet")."""
    if any(s.full_name is None for s in found + earlier):
        return found  # a nameless employee already stands for them
    extra = unnamed_first_names(body, found)
    if not extra:
        return found
    position = min(extra)
    before = [s for s in found if first_written(body, s) < position]
    # one nameless employee per first name ("Kim fra lageret og Lene i bogholderiet": two)
    named = {match.group() for at in extra if (match := WORD_AT.match(body, at))}
    return before + [DataSubject(None, None)] * max(1, len(named)) + found[len(before):]


WORD_AT = re.compile(r"[^\W\d_]+")


STAND_IN_FOR = re.compile(  # the colleague the writer stands in for, not an employee
    r"(?i:\b(?:vikar|vikarierer|afløser|dækker|covering|cover|stand-in|standing in|filling in)"
    r"[ \t]+for[ \t]+(?:min kollega[ \t]+|my colleague[ \t]+)?)$"
)


def unnamed_first_names(body: str, found: list[DataSubject]) -> list[int]:
    """Where the body names an employee by first name only, whose surname the sender
    says is still to come ("Mortens efternavn har jeg ikke fået") or who is told by
    where she sits ("Sanne fra bogholderiet"): one more employee, with both name and
    extension to ask for."""
    known = {word for s in found if s.full_name for word in s.full_name.split()}
    given = given_names()
    extra = [
        match.start(1) for match in SURNAME_TO_COME.finditer(body)
        if match.group(1) not in known and not is_common_word(match.group(1))
    ]
    extra += [  # "indsigt for Sanne fra bogholderiet", "Rasmus fra værkstedet"
        match.start(1) for match in FIRST_NAME_FROM_PLACE.finditer(body)
        if match.group(1) not in known and match.group(1).lower() in given
        and not is_withdrawn(body, match.group(1), read_book("subject_exclusion_cues"))
        and not STAND_IN_FOR.search(body, max(0, match.start(1) - 30), match.start(1))
    ]  # (not "Lotte i receptionen har ikke noget med det at gøre", "vikar for Bente i ...")
    extra += [  # "Kim Bach – 612" above "Sanne (lokalnummer kender jeg ikke)"
        match.start(1) for match in FIRST_NAME_LIST_ITEM.finditer(body)
        if match.group(1) not in known and match.group(1).lower() in given
        and known and LIST_ITEM_ABOVE.search(body, 0, match.start())
        and not signs_off(body, match)  # (not "Pia, HR" signing the mail)
    ]
    extra += [  # "Slet venligst Peter Nørgaard lokal 410 og Susanne hos Ringsted Trælast"
        match.start(1) for match in FIRST_NAME_JOINED.finditer(body)
        if match.group(1) not in known and match.group(1).lower() in given
        and known and REQUEST_VERB.search(body, body.rfind(".", 0, match.start()) + 1,
                                          match.start())
        and any(word in known for word in body[:match.start()].split()[-6:])
    ]
    return extra


def signs_off(text: str, match: re.Match[str]) -> bool:
    """Whether a first name on a line of its own with a word or two after it ("Pia, HR"),
    closing a paragraph of prose (or the mail, after a line of prose), is its writer
    signing, not one more employee."""
    remark = text[match.end(1) : match.end()].strip(" \t,–—-")
    above = text[: text.rfind("\n", 0, match.start()) + 1].rstrip()
    closes = re.match(r"[ \t]*(?:\n[ \t]*\n|$)", text[match.end() :]) is not None
    last_above = above[above.rfind("\n") + 1 :]
    ends_mail = (  # "... hun vil se sine opkaldslogs" / "Brian, KLS": unpunctuated prose
        not text[match.end() :].strip() and len(last_above.split()) >= 5
        and not re.match(r"[ \t]*(?:[-•*·]|\d{1,2}[.)])", last_above)  # (not a list item)
        and not re.search(r"\d[ \t)]*$", last_above)
    )
    return len(remark.split()) <= 2 and closes and (above.endswith((".", "!", "?")) or ends_mail)


FIRST_NAME_JOINED = re.compile(  # a first name joined to a named employee, then the place;
    # also told by what they do: "… og lærlingen Sebastian – værkstedet husker ikke …"
    rf"(?:\bog|\band)[ \t]+(?:(?:the|vores|our|[a-zæøå]+(?:en|et))[ \t]+)?([{UPPER}][^\W\d_]+)"
    rf"(?=[ \t]+(?:hos|at|fra|from|på|ved)[ \t]+[{UPPER}]|[ \t]*[.;]|[ \t]*$|[ \t]+[–—][ \t])",
    re.MULTILINE,
)


def without_initialled_forms(found: list[DataSubject]) -> list[DataSubject]:
    """Without a name that only shortens another's given or middle name to its initial
    or an abbreviation ("Julie B. Kofoed" as the display name asked for Julie Brandt
    Kofoed, lok 70; "Fr. Holm (Frederik Holm)"): one employee."""
    def shortens(short: str, full: str) -> bool:
        a, b = short.split(), full.split()
        if a[-1].endswith("s") and full.startswith(f"{short[:-1]} ") and len(a) < len(b):
            return True  # the given names in the genitive: "Poul Eriks personnummer"
        return len(a) == len(b) and a != b and all(  # (also the old Danish "Fr. Holm" for
            x == y or (x.endswith(".") and len(x) <= 5 and y.startswith(x[:-1]))  # Frederik
            for x, y in zip(a, b, strict=True)  # Holm)
        )
    kept = list(found)
    for short in found:
        full = next((o for o in kept if o is not short and o.full_name and short.full_name
                     and shortens(short.full_name, o.full_name)), None)
        if full is None or (short.extension and full.extension):
            continue  # (two numbers: two people)
        kept[kept.index(full)] = replace(full, extension=full.extension or short.extension)
        kept.remove(short)  # "Jørgen Aakjær Friis (kunden skrev Jørgen A. Friis)" / 517
    return kept


def merge_spellings(found: list[DataSubject], body: str) -> list[DataSubject]:
    """One employee for two spellings of one name ("Slet Signe Vinther (3412)" in the
    subject line, "hun hedder Signe Winther med W" in the body): the spelling the body
    writes last wins (a capitalised one before one in lower case), with the extension
    either one gives."""
    merged: list[DataSubject] = []
    for subject in found:
        index = next((i for i, other in enumerate(merged)
                      if (spelt_as_one(other.full_name, subject.full_name, any_case=True)
                          or nickname_form(other.full_name, subject.full_name)
                          or nickname_form(subject.full_name, other.full_name))
                      and not (other.extension and subject.extension
                               and other.extension != subject.extension)), None)
        if index is None:
            merged.append(subject)
            continue
        other = merged[index]
        names = [n for n in (other.full_name, subject.full_name) if n]
        # not the spelling said to be wrong ("hedder Mathias Kähler, ikke Mathias Kæhler"),
        # then the one given as the new ("should be shown as Siobhán Ní Bhriain. Right now
        # ... show Siobhan Ni Bhriain"), else the one written last
        name = max(names, key=lambda n: (not negated_in(body, n), renamed_to(body, n),
                                         n != n.lower(), body.rfind(n)))
        if nickname_form(other.full_name, subject.full_name):
            name = other.full_name or name  # the whole name, as the mail writes it
        elif nickname_form(subject.full_name, other.full_name):
            name = subject.full_name or name
        merged[index] = DataSubject(name, other.extension or subject.extension)
    return merged


def one_spelling(text: str, names: list[Mention]) -> list[Mention]:
    """Mentions of one name spelt two ways carry the spelling that stands ("det er
    Kasper Nørgaard, ikke Kasper Norgaard. Lok 88."), so they pair as one employee."""
    spellings = {m.name for m in names if m.name}
    chosen: dict[str, str] = {}
    for name in spellings:
        for other in spellings:
            if (spelt_as_one(name, other, every_word=True) and negated_in(text, name)
                    and not negated_in(text, other)):
                chosen[name] = other
    return [replace(m, name=chosen.get(m.name or "", m.name)) for m in names]


def negated_in(text: str, name: str) -> bool:
    """Whether the text writes the name right after "ikke"/"not" ("ikke Mathias Kæhler")."""
    return any(
        NEGATION_BEFORE.search(text[max(0, at.start() - NEGATION_WINDOW) : at.start()])
        for at in re.finditer(re.escape(name), text)
    )


def spelt_as_one(
    one: str | None, other: str | None, every_word: bool = False, any_case: bool = False
) -> bool:
    """Whether two different full names are one name spelt two ways, word by word: in
    one word, or (`every_word`, where "ikke" marks one as wrong: "Mohammad Al-Khatib,
    ikke Mohammed Alkhatib") in any of them; with `any_case`, also two that differ in
    capitals only."""
    if not one or not other or one == other:
        return False
    if one.lower() == other.lower():
        return any_case  # "lærke skov" written in a hurry, then "Lærke Skov med stort"
    first, second = one.lower().split(), other.lower().split()
    if len(first) != len(second):  # "Marie-Louise Brandt" / "Marie Louise Brand"
        first = one.lower().replace("-", " ").split()
        second = other.lower().replace("-", " ").split()
    if first != second and [without_accents(w) for w in first] == [
        without_accents(w) for w in second
    ]:
        return True  # "Siobhán Ní Bhriain" / "Siobhan Ni Bhriain": accents only
    return len(first) == len(second) and all(
        a == b or spelt_alike(a, b) for a, b in zip(first, second, strict=True)
    ) and (every_word or sum(a != b for a, b in zip(first, second, strict=True)) == 1)


def find_withdrawn(new_text: str, quoted: str, sender_name: str) -> tuple[str, ...]:
    """Full names of employees, named in the mail or the history it quotes, that the
    new text takes back ("Gitte Bach Holm har trukket sin anmodning tilbage"): a
    follow-up removes them from its ticket. Never raises."""
    if not isinstance(new_text, str) or not new_text.strip():
        return ()
    cues = read_book("subject_withdrawal_cues")
    if not cues.contains_any(tokenize(new_text[:MAX_TEXT])) and not NEGATION_NAME.search(
        new_text[:MAX_TEXT]
    ):
        return ()  # nothing taken back: spare the second reading of the history
    sender = person_of_display_name(sender_name if isinstance(sender_name, str) else "")
    body = cut_signature(new_text[:MAX_TEXT], (sender,))
    history = clean_quoted(quoted[:MAX_TEXT] if isinstance(quoted, str) else "", (sender,))
    names = [s.full_name for s in analyse(history, sender) if s.full_name]
    names += [m.name for m in find_names(body, sender) if m.name and m.name not in names]
    return tuple(
        name for name in names
        if any(is_withdrawn(body, form, cues, full_name=name) for form in (name, name.split()[0]))
    )


def without_withdrawn(
    text: str, subjects: list[DataSubject], cue_list: str = "subject_withdrawal_cues",
    keep_one: bool = True,
) -> list[DataSubject]:
    """Subjects without those the text takes back, by full or first name: "Gitte Bach
    Holm har trukket sin anmodning tilbage", "det er Jonas Hansen der er stoppet, ikke
    Jens. Jens er her stadig" (never all of them, `keep_one`: a request keeps its
    employee). With the exclusion cues, also those a reply leaves alone ("Bent
    Thygesens sag er afsluttet"), whom the quoted history would otherwise bring back;
    with the done cues, all those quoted history reports done ("... er nu slettet")."""
    cues = read_book(cue_list)
    kept = []
    for subject in subjects:
        name = subject.full_name or ""  # (a number named alone: "Ext. 42 and 43 are
        forms = [name, name.split()[0]] if name else [subject.extension or ""]  # still in use")
        if any(is_withdrawn(text, form, cues, subject.extension, name) for form in forms if form):
            continue
        kept.append(subject)
    return kept if kept or not keep_one else subjects


NEGATION_NAME = re.compile(  # "ikke Jens", "IKKE Katarzyna ... alligevel", "Except Olena"
    rf"(?i:(?<!glem[ \t])\bikke|\bnot|\bexcept|\bundtagen|\bbortset fra)[ \t]+[{UPPER}]"
)
NUMBER_NOUN_AFTER = re.compile(
    r"[ \t]+(?:(?:gamle|old|tidligere|previous|former|første|first)[ \t]+)?"
    r"(?i:nummer|lokalnummer|lokal|number|extension|ext)\b"
)
CLAUSE_BREAK = re.compile(r",[ \t]*(?:men|but)\b|;", re.IGNORECASE)
THING_CLAUSE = re.compile(  # also a dash before the thing left alone: "Gitte var medlem af
    # Teams-gruppen – selve gruppen og fællesnummeret 299 skal I ikke røre"
    r"[,;][ \t]*(?:det|dette|that|this|it)\b"
    r"|[ \t][–—-][ \t]+(?:selve|gruppen|nummeret|fællesnummeret|the group|the number)\b",
    re.IGNORECASE,
)
NEGATED_NUMBER_BEFORE = re.compile(  # a number the request is not about: "Det er IKKE ham
    # på lokal 230", "det er ham på 15, ikke ham på 16", "not the one on ext. 4420"
    r"(?i:\b(?:ikke|not)[ \t]+(?:ham|hende|him|her|den|the one|dem|them)[ \t]+(?:på|on|at)"
    rf"[ \t]+(?:(?:{CUE})[ \t]*[:.]?[ \t]*)?)$"
)
FORGET_BEFORE = re.compile(
    r"(?i:(?<!not[ \t])(?<!n't[ \t])(?<!n’t[ \t])\b(?:glem|forget|ignore|ignorer|se bort fra)"
    r"(?![ \t]+(?:ikke|heller|nu ikke|not|to)\b)\b)[^.!?\n]{0,30}$"
)
NEXT_NAME_WORD = re.compile(r"[ \t]+[^\W\d_a-zæøå]")
OTHER_SURNAME_AFTER = re.compile(rf"[ \t]+([{UPPER}][^\W\d_]+)")




def is_withdrawn(
    text: str, name: str, cues: PhraseBook, extension: str | None = None, full_name: str = ""
) -> bool:
    """Whether `name` is followed in its sentence by a withdrawal cue, or is the
    "ikke Jens" that corrects a request to someone else; a mention given with another
    number than the employee's `extension` is a namesake's ("Den anden Anne Hansen ...
    på lokal 231 og er stadig ansat"), and the first name of another surname another
    person's ("Kim Thrane er hans far og er stadig ansat" leaves Kim Thranholm asked)."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?:['’]?s|(?<=s)['’])?(?![\w-])", text):
        if full_name and name != full_name and (
            other := OTHER_SURNAME_AFTER.match(text, match.end())
        ) and not full_name[len(name):].lstrip().startswith(other.group(1)):
            continue
        negated = NEGATION_BEFORE.search(
            text, max(0, match.start() - NEGATION_WINDOW), match.start()
        ) or (name.isdigit() and NEGATED_NUMBER_BEFORE.search(
            text, max(0, match.start() - NEGATION_WINDOW), match.start()
        ))
        genitive = match.end() - match.start() > len(name)  # "ikke Tinas lokalnummer"
        if negated and not genitive and not NEXT_NAME_WORD.match(text, match.end()):
            return True
        if not genitive and FORGET_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            return True  # "glem første linje med Jørgen Dahl" (not "Ignorer det med Esbens
            # privatliv": a thing of his)
        stop = SENTENCE_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        line_end = text.find("\n", match.end())
        if 0 <= line_end < end and TABLE_CELL_SEPARATOR.search(text, match.end(), line_end):
            end = line_end  # a table row's remark is its own: "Bundgaard, Freja;Salg;" is not
            # left alone by the next row's "Olsen, Tim;Lager;IKKE denne"
        if stop and "?" in stop.group():  # a question ("Is Anna still here?") takes nothing
            statement = CLAUSE_BREAK.search(text, match.end(), end)  # back, but a statement
            if statement is None:  # before it may ("Benjamin har vi selv oprettet, men kan I
                continue  # slette X?")
            end = statement.start()
        if genitive and NUMBER_NOUN_AFTER.match(text, match.end()):
            continue  # "Lokal 35 (Runes gamle nummer) skal I ikke røre": the number is left
        rest_text = text[match.end() : end]
        rest_text = within_numbered_line(text, match.start(), rest_text)
        own = ROW_NUMBER_AFTER.match(text, match.end())
        if extension and name != extension and own and own.group(1) != extension:
            continue  # the namesake on another number ("Martin Krog (uden h) på lok. 54")
        thing = None if name.isdigit() else THING_CLAUSE.search(rest_text)  # (a number's own
        if thing:  # "1003 is the warehouse line, it is not a person"); "cpr-nr. ud for Karen,
            rest_text = rest_text[: thing.start()]  # det skal I se bort fra": about the number
        numbers = [  # a second number is someone else's (a range's end is none: "304 og
            n for n in NUMBER.finditer(rest_text)  # 306-308 skal IKKE røres"):
            if not is_range_end(rest_text, n)
        ]
        if len(numbers) > 1:  # "bjarne har lokal 614 ikke 613. 613 er stadig ansat"
            rest_text = rest_text[: numbers[1].start()]
        other = next_person(rest_text)
        if other and name.isdigit() and HOLDER_BEFORE.fullmatch(rest_text, 0, other.start()):
            other = None  # "Lokal 413 hos Sofie Lund skal IKKE røres": the number's holder
        if other:  # "Kun Peter Lind skal slettes – Anders Friis
            rest_text = rest_text[: other.start()]  # ... bliver alligevel": Anders stays
            # (a namesake: "Jørgens CPR, da der er en anden Jørgen Lassen i firmaet")
            rest_text = NAMESAKE_END.sub("", rest_text)
        if cue_about_person(tokenize(rest_text)[:18], cues, starts=14):
            return True
    return False


HOLDER_BEFORE = re.compile(r"[ \t]*(?:hos|til|for|\(|[-–—:])[ \t]*")  # "413 hos Sofie Lund"
RANGE_START_BEFORE = re.compile(r"(?<!\d)(\d{3,6})[-–]$")  # "306-": a range's first number


def is_range_end(text: str, number: re.Match[str]) -> bool:
    """Whether a number ends a range of extensions ("306-308"), not a number written with a
    site or group code ("12-04", "12-40", "2-216")."""
    start = RANGE_START_BEFORE.search(text, 0, number.start())
    return start is not None and len(start.group(1)) == len(number.group()) and (
        int(start.group(1)) < int(number.group())
    )


JOINED = re.compile(r"[ \t]*(?:,|og|and|samt|&)[ \t]*")
TABLE_CELL_SEPARATOR = re.compile(r"[;|\t]")
NAMESAKE_END = re.compile(r"(?i:\b(?:en anden|another|a different|one more)[ \t]*)$")
FIRST_AND_SURNAME = re.compile(  # also "Lars-Erik de Vries"
    rf"(?<![\w-])([{UPPER}][^\W\d_]+)(?:-[{UPPER}][^\W\d_]+)?[ \t]+(?:{PARTICLE}[ \t]+)?"
    rf"[{UPPER}][^\W\d_]+"
)


def next_person(text: str) -> re.Match[str] | None:
    """The first name-shaped pair of words in `text` opening with a known first name:
    another person, whose sentence the rest is."""
    return next(
        (m for m in FIRST_AND_SURNAME.finditer(text) if m.group(1).lower() in given_names()),
        None,
    )


def cue_about_person(words: list[str], cues: PhraseBook, starts: int | None = None) -> bool:
    """Whether a cue stands in the words (starting among the first `starts`), not about
    a thing ("no need to reset her password", "de skal ikke have adgang mere", "se bort
    fra det")."""
    for index in range(min(len(words), starts or len(words))):
        phrase = cues.match_at(words, index)
        if phrase is None or THINGS.intersection(words[index : index + 8]):
            continue
        following = words[index + len(phrase.words) : index + len(phrase.words) + 1]
        if not IT.intersection(following):  # "se bort fra det": the cue is about a thing
            return True
    return False


IT = frozenset({"det", "dette", "it", "that", "this"})


def new_name_to_follow(text: str) -> bool:
    """Whether a name change is announced with the new name still to come ("jeg vender
    tilbage med det nye efternavn"): the name written is the one to be replaced."""
    return read_book("subject_pending_name_cues").contains_any(tokenize(text))


def completed_in_reply(new_text: str, quoted: str, sender: str) -> tuple[DataSubject, ...]:
    """Employees a reply without a request of its own states in full ("Thomas Vinther
    har lokal 340.", "Navnet på lokal 118 er Ole Brandt."): name and extension both,
    for the ticket the reply continues to be completed with."""
    if not quoted.strip():
        return ()
    signers = (sender, *quoted_authors(f"{new_text}\n{quoted}"))
    body = cut_signature(new_text, signers)
    authors = "\n".join(signer for signer in signers if signer)  # (the quoted mails' own
    quoted_subjects = analyse(clean_quoted(quoted, signers), authors)  # writers are no one's
    # employee to complete: "Birthe Clausen, bogholder" under the customer's question)
    found = numbers_by_first_name(quoted, quoted_subjects, analyse(body, sender))
    complete = [s for s in found if s.full_name and s.extension]
    # "Han hedder Jonas Kristensen" answering a question about lokal 31: the one quoted
    # employee it completes
    earlier = [  # those the reply completes in full are answered already
        old for old in quoted_subjects
        if not any(old.extension and old.extension == s.extension for s in complete)
    ]
    # "Hannah's surname is Clarke, and Greg is ext 3312": each half completes the one
    # quoted employee it fits
    for half in [s for s in found if not (s.full_name and s.extension)]:
        if (index := match_earlier(earlier, half)) is None:
            continue
        old = earlier.pop(index)
        merged = DataSubject(half.full_name or old.full_name, half.extension or old.extension)
        complete += [merged] if merged.full_name and merged.extension else []
    if not complete and len(found) == 1 and NAMING_REPLY.match(body.strip()):
        return (found[0],)  # "Han hedder Kim Vestergaard Pedersen." and nothing more: the
    return tuple(complete)  # name the ticket's nameless employee lacked


FORM_PERSON = re.compile(
    r"^[ \t]*(?i:name|navn|full name|fulde navn|medarbejder|employee)[ \t]*:[ \t]*\S", re.MULTILINE
)
FORM_NUMBER = re.compile(
    r"^[ \t]*(?i:extension|ext\.?|lokalnummer|lokalnr\.?|lokal)[ \t]*:[ \t]*\d{2,6}[ \t]*$",
    re.MULTILINE,
)
FORM_REMARK = re.compile(  # the free-text field of a web form, to its end
    r"^([ \t]*(?i:message|besked|comments?|kommentar(?:er)?|bemærkning(?:er)?|remarks?)[ \t]*:)"
    r"([^\n]*(?:\n(?![ \t]*[^\W\d_][\w .-]{0,30}:)[^\n]*)*)",
    re.MULTILINE,
)
ONE_MORE = re.compile(  # "Samme for Dorthe på 53", "please also delete Ida Holm"
    r"(?i:\b(?:samme for|same for|begge|both|også (?:slette|slettes|anonymisere|have)"
    r"|slet også|also (?:delete|erase|remove|anonymi[sz]e)|(?:delete|erase|remove) also)\b)"
)


def without_form_remarks(text: str) -> str:
    """`text` without the people a web form's free-text field names beside the employee
    its fields give ("Name: Henrik Vestergaard / Lokalnummer: 36 / Besked: Hans afløser
    Susanne Krogh (lok. 37) skal bruge optagelserne"): a manager, successor or colleague
    named to explain, unless the remark adds them ("Samme for Dorthe på 53")."""
    if not (FORM_PERSON.search(text) and FORM_NUMBER.search(text)):
        return text
    return FORM_REMARK.sub(
        lambda m: m.group() if ONE_MORE.search(m.group(2)) else m.group(1) + " " * len(m.group(2)),
        text,
    )


def analyse(text: str, sender: str) -> list[DataSubject]:
    """Subjects of one text: names and extensions paired; a nickname written inside a
    name ('Bo "Dækkongen" Riis') stays in it, as the mail writes it."""
    # no employees in a provisioning order ("Kan I flytte Jonas Friis fra lokal 31 til lokal
    # 45?"), a test account ("the "John Doe" user on ext. 3399") or the writer's own
    # contact numbers ("ring mig på lokal 210")
    text = without_contact_lines(without_dummy_accounts(without_provisioning(text)))
    text = ANGLE_ADDRESS.sub("", text)  # ('Christoffer "Krølle" Dahl <cd@x.dk>, lokal 31')
    text, nicknames = with_nicknames_as_words(text)
    found = analyse_names_and_numbers(text, sender)
    if not nicknames:
        return found
    return [
        replace(s, full_name=NICKNAME_WORD.sub(lambda m: nicknames[m.group()], s.full_name))
        if s.full_name else s
        for s in found
    ]


def without_corrected_twins(text: str, found: list[DataSubject]) -> list[DataSubject]:
    """Without the wrong number a correction names beside the right one, when it went to
    the same person or to no one ("Han skal have lokalnummer 4020, ikke 4002")."""
    wrong = {m.group(2): m.group(1) for m in CORRECTION.finditer(text)}
    return [
        s for s in found
        if not (s.extension in wrong and any(
            o.extension == wrong[s.extension] and (o.full_name == s.full_name or not s.full_name)
            for o in found
        ))
    ]


def analyse_names_and_numbers(text: str, sender: str) -> list[DataSubject]:
    """Subjects of one text: names and extensions paired."""
    text = without_site_codes(text)  # "lok. 2-318", "1#305", "Aarhus-214", "214@glostrup"
    text = ADDRESS.sub(lambda match: " " * len(match.group()), ANGLE_ADDRESS.sub("", text))
    text = POST_NOMINALS.sub("", text)
    text = with_self_corrections(text)  # "Jens Hansen, sorry, Jens Hanson - ext 350"
    text = SYMBOL_BULLET.sub(r"\1- ", text)  # "👉 KOWALCZYK, PIOTR – #5601", "🔹 Kristian Vang"
    text = LABEL_CELL.sub(r"\1: ", text)  # a template's "Medarbejder: | BECH, Louise Marie"
    text = join_spaced_numbers(text)  # "lok 2 14"
    text = without_kept_sections(without_kept_lines(text))  # "Bevares:" and the rows under it
    text = without_kept_rows(text)  # "Grace Okafor | 2202 | KEEP"
    text = without_done_items(text)  # "1) Jens Hansen (214) – klaret, tak" in a status report
    text = without_old_numbers(text)  # "havde lokal 502 ... har nu lokal 611"
    text = with_names_after_numbers(text)  # "- Bo fra lageret, 301 - Bo Thygesen"
    text = without_script_twins(text)  # "Valentyna Hrytsenko / Валентина Гриценко"
    text = CHAT_PREFIX.sub("", text)  # "[08:44] Kunde: Mette Kjær Hansen\n[08:44] Kunde: lokal 412"
    text = join_name_columns(blank_id_columns(rows_as_lines(blank_old_name_fields(text))))
    text = WRAPPED_NAME.sub(lambda match: match.group(1) + " ", text)
    text = WRAPPED_SURNAME.sub(lambda match: match.group(1) + " ", text)
    text = WRAPPED_GIVEN.sub(  # "... about their employee Siobhan" / "Ní Bhriain, extension 3305"
        lambda match: match.group(1) + " " if is_given_name(match.group(2).lower())
        else match.group(), text
    )
    names = one_spelling(text, with_new_surnames(text, renamed(text, find_names(text, sender))))
    extensions = find_extensions(text, names)
    if other := [  # "- 王小明 – lokalnummer 56", "Анна Шевченко, lok 705"
        n for n in find_other_script_names(text, extensions)
        if not any(overlaps(n, m) for m in names)
    ]:
        names = sorted(names + other, key=lambda n: n.start)
        extensions = find_extensions(text, names)
    excluded = [(name, end) for name in names if (end := excluded_until(text, name)) is not None]
    # the numbers of an employee left alone go with them ("Jonas Ek (ext. 809) is moving
    # to ext. 810")
    extensions = [
        e for e in extensions
        if not any(n.end <= e.start < end for n, end in excluded)
        and excluded_until(text, e) is None  # "Lokal 40 er en anden, den skal I ikke røre"
        and not for_new_user(text, e)  # "opret en ny bruger til Hanne Mørch på lokal 5540"
        and not writer_in_role(text, e)  # "Jeg er IT-ansvarlig her (lok 100)"
        and not handed_on(text, e)  # "telefonen er reprovisioneret til lokal 230"
        and not LEFT_ALONE_BEFORE.search(text, sentence_of(text, e), e.start)
        and not EITHER_NUMBER.match(text, e.end)  # "lokal 1403 eller 1404": not known yet
        and not (  # "Klaus (lok 10) bliver.", not "Morten Dahl (lokal 46) bliver."
            STAYS_AFTER.match(text, e.end)
            and not FULL_NAME_BEFORE.search(text, max(0, e.start - 40), e.start)
        )
    ]
    left_alone = {name.name for name, _ in excluded} - {  # a namesake's form of a name
        n.name for n in names  # the request names in full elsewhere ("Mette Kjær Lund" and
        if not any(n is name for name, _ in excluded)  # "en anden Mette Kjær på lok. 401")
        and any(
            name.name == n.name and (
                is_namesake(text, name) or negated_before(text, name) or names_a_firm(text, name)
            )
            for name, _ in excluded  # ("IKKE Dorthe Mikkelsen" beside Dorthe Vinther
        )  # Mikkelsen: the other Dorthe's form of the name)
    }
    pairable = [  # a name the request is not about takes no number after its exclusion
        n for n in names  # ("Det er ikke Louise Bang – det er hendes kollega på lokalnummer
        if not any(n is name and end <= n.end for name, end in excluded)  # 57, Maja Lind")
    ]
    found = [
        s if s.full_name not in left_alone else DataSubject(None, s.extension)
        for s in pair_mentions(text, pairable, extensions)
        if s.full_name not in left_alone or said_before(text, s, names, extensions)
    ]  # (the number of an earlier sentence stays the request's: "Please wipe the user on ext
    # 608. His desk goes to Anna Berg")
    found = with_lone_number(text, names, extensions, found)
    found = with_namesakes_on_lines(text, names, extensions, found)
    found = with_covered_line(text, found)
    found = one_per_word_order(found)
    return with_swaps_undone(text, without_stray_names(text, names, found))


def said_before(
    text: str, subject: DataSubject, mentions: list[Mention], extensions: list[Mention]
) -> bool:
    """Whether the number paired with a name the request leaves alone was written in an
    earlier sentence than any mention of that name: it is the request's own, not the
    name's."""
    names = [name for name in mentions if name.name == subject.full_name]
    numbers = [e for e in extensions if e.extension == subject.extension]
    return bool(subject.extension and names and numbers) and all(
        sentence_of(text, e) < sentence_of(text, name) and e.start < name.start
        for e in numbers for name in names
    )


def one_per_word_order(found: list[DataSubject]) -> list[DataSubject]:
    """One employee for a name written again with its words in another order ("Henrik
    Lund Sørensen (ikke Henrik Sørensen Lund ...), lokalnummer 88"): the first form, with
    the number either was given."""
    kept: list[DataSubject] = []
    for subject in found:
        words = sorted(unhyphened(subject.full_name).split()) if subject.full_name else None
        same = next((
            i for i, other in enumerate(kept)
            if words and other.full_name and len(words) >= 2
            and sorted(unhyphened(other.full_name).split()) == words
            and other.full_name != subject.full_name
            and other.extension in (None, subject.extension)
        ), None)
        if same is None:
            kept.append(subject)
        else:
            kept[same] = replace(kept[same], extension=kept[same].extension or subject.extension)
    return kept


def with_covered_line(text: str, found: list[DataSubject]) -> list[DataSubject]:
    """A temp with no number of their own given the function line they covered
    ("Oliver Kowalski - temp, covered the Reception line (ext 100)"; "en vikar på
    Lager-linjen, lok. 610", whose name nobody knows), when the text gives no one else a
    number."""
    if len(found) > 1 or any(s.extension for s in found):
        return found
    numbers = set(covered_function_lines(text))
    if len(numbers) != 1:
        return found
    number = numbers.pop()
    return [replace(found[0], extension=number)] if found else [DataSubject(None, number)]


def with_namesakes_on_lines(
    text: str, names: list[Mention], extensions: list[Mention], found: list[DataSubject]
) -> list[DataSubject]:
    """Two people of the same name, each on a line with a number of their own ("Kim Larsen
    (far), lokal 801" above "Kim Larsen (søn), lokal 802"): the second number is the
    second person's, not a nameless one."""
    paired = {s.full_name: s.extension for s in found if s.full_name and s.extension}
    result = list(found)
    for index, subject in enumerate(found):
        if subject.full_name or not subject.extension:
            continue
        at = next((e for e in extensions if e.extension == subject.extension), None)
        if at is None:
            continue
        line_start = text.rfind("\n", 0, at.start) + 1
        owner = next((n for n in names if line_start <= n.start < at.start
                      and opens_line(text, n)), None)
        if owner is None or not owner.name or paired.get(owner.name) in (None, subject.extension):
            continue
        openings = [n for n in names if n.name == owner.name and opens_line(text, n)]
        if len({text.count("\n", 0, n.start) for n in openings}) >= 2:  # each on a line
            result[index] = DataSubject(owner.name, subject.extension)
    return result


def opens_line(text: str, mention: Mention) -> bool:
    """Whether a name opens its line (after a bullet, if any)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return not text[line_start : mention.start].strip(" \t-•*")


OTHER_NUMBER_OF_PERSON_BEFORE = re.compile(  # "hvor hun har fået lokalnummer 4410", "now sits
    # on extension 585", "his old Lund extension was 7702", "Oliver has a new extension (7730"
    r"(?:(?i:\b(?:hun|han|he|she|his|her|hans|hendes|sin|sit)\b)[^.!?\n]{0,50}?"
    r"(?i:\b(?:har fået|har nu|fik|has got|got|gets|now sits on|sits on|now has|nye?|nyt|gamle"
    r"|nuværende|new|old|current|previous)\b)"
    r"|\b[A-ZÆØÅ][a-zæøå]+[ \t]+(?i:has|har fået|got|fik)[ \t]+(?i:a[ \t]+|et[ \t]+)?"
    r"(?i:new|nyt|ny)[ \t]+(?i:extension|lokalnummer))"
    r"[^.!?\n\d]{0,30}$"
)


def without_other_numbers_of_named(text: str, found: list[DataSubject]) -> list[DataSubject]:
    """Without a nameless number told as someone's other one, when every named employee
    has a number already: "Anne-Sofie Brandt (lok. 3310) ... overført, hvor hun har fået
    lokalnummer 4410" is her new line, not one more employee whose name is missing."""
    named = [s for s in found if s.full_name]
    if not named or not all(s.extension for s in named):
        return found
    others = {
        s.extension for s in found if not s.full_name and s.extension and any(
            OTHER_NUMBER_OF_PERSON_BEFORE.search(text, max(0, at.start() - 80), at.start())
            for at in re.finditer(rf"(?<![\d.,])\(?{s.extension}(?!\d)", text)
        )
    }
    return [s for s in found if s.full_name or s.extension not in others]


OTHER_SCRIPT_RUN = re.compile(  # words of another script, with the slash or brackets that
    # set them beside the Latin spelling
    rf"[ \t]*(?:/[ \t]*)?\(?[{OTHER_LETTERS}]+(?:-[{OTHER_LETTERS}]+)*"
    rf"(?:[ \t]+[{OTHER_LETTERS}]+(?:-[{OTHER_LETTERS}]+)*){{0,3}}\)?"  # ("נועה בן-דוד")
)
LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"  # Latin letters only: the twin is the other script's
LATIN_LOWER = "a-zß-öø-ÿĀ-ž"
LATIN_RUN = re.compile(
    rf"\b[{LATIN_UPPER}][{LATIN_LOWER}]+(?:[ \t]+[{LATIN_UPPER}][{LATIN_LOWER}]+"
    rf"(?:-[{LATIN_UPPER}]?[{LATIN_LOWER}]+)*){{1,3}}"  # (also "Noa Ben-David")
)
TWIN_GAP = re.compile(rf"[ \t]*[/(|;,–-]?[ \t]*[{OTHER_LETTERS}]")
OTHER_THEN_LATIN = re.compile(  # "Вікторія Лисенко (Viktoriia Lysenko)"
    rf"[{OTHER_LETTERS}][ \t]*[/(|;,–-]?[ \t]*[{LATIN_UPPER}][{LATIN_LOWER}]+[ \t]+"
    rf"[{LATIN_UPPER}][{LATIN_LOWER}]+"
)


def without_script_twins(text: str) -> str:
    """`text` without a name's spelling in Cyrillic, Greek, Hebrew or Arabic letters on a
    line that gives it in Latin letters too: "Valentyna Hrytsenko / Валентина Гриценко,
    ext. 3150" is one employee, known here by the Latin spelling. A name in another
    script alone stays."""
    if not OTHER_SCRIPT_RUN.search(text):
        return text
    lines = text.split("\n")
    return "\n".join(
        OTHER_SCRIPT_RUN.sub("", line) if has_latin_name(line) else line for line in lines
    )


def has_latin_name(line: str) -> bool:
    """Whether a line gives a name in Latin letters: two capitalised words, the first a
    known first name or both set right beside the other script ("Olena Kovalenko
    (Олена Коваленко)"), not "Kunden Thai Garden beder om ... ณัฐวุฒิ ศรีสุข"."""
    bracketed = BRACKETED_OTHER.search(line) is not None  # "Noa Ben-David, lokal 104 (נועה
    return OTHER_THEN_LATIN.search(line) is not None or any(  # בן-דוד)": a twin in brackets
        bracketed or is_given_name(m.group().split()[0].lower()) or TWIN_GAP.match(line, m.end())
        for m in LATIN_RUN.finditer(line)
    )


BRACKETED_OTHER = re.compile(rf"\([ \t]*[{OTHER_LETTERS}][^()\n]*\)")


CHAT_PREFIX = re.compile(  # a chat log's time and speaker: "[08:44] Kunde: ", "10:42 Agent Mads: ",
    # "[14:22] Visitor (Daniel Frost, Northwind): "
    r"^[ \t]*\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]+[^:\n\d]{1,60}:[ \t]*", re.MULTILINE
)
HEADING = re.compile(r"^[ \t]*([^\n:|;]{2,60}):[ \t]*$", re.MULTILINE)


LABELLED_LINE = re.compile(  # "Done: Kim Holst (112)", "2. New agents: Viktorija Jonaitė ..."
    r"^[ \t]*(?:(?:[-•*]|\d{1,2}[.)])[ \t]+)?(?P<label>[^\W\d][^\n:|;]{1,38}):[ \t]*\S[^\n]*$",
    re.MULTILINE,
)
BARE_HEADING = re.compile(  # a short line over a list: "Velkommen til" / "- Rikke Bonde, ..."
    r"^[ \t]*(?P<label>[^\W\d][^\n:|;.!?]{1,28}?)[ \t]*\n(?=[ \t]*[-•*][ \t])",
    re.MULTILINE,
)


NEW_STAFF_HEADINGS = (["nye"], ["velkommen"], ["welcome"])  # a heading that is only the
# word ("Nye:" over new hires); "Nye brugere der skal slettes:" asks for a request


OLD_THEN_NEW_NUMBER = re.compile(  # "han havde lokal 502 i det gamle anlæg og har nu lokal
    # 611", "he had 118, now 218", "skiftede fra lokal 930 til 903", "havde lokal 214 indtil
    # sidste år, hvor han skiftede til 215", "står med lokal 48, men det rigtige ... er 84":
    # the number before the move or the mistake is no longer the employee's
    rf"(?i:\b(?:havde|had|tidligere|previously|formerly|før|var på|was on|sad på|sat på"
    rf"|skiftede fra|switched from|changed from|moved from|står(?: i [a-zæøå]+)? med|står som"
    rf"|is listed with)\b)"
    rf"[ \t]*(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?(?P<old>\d{{2,6}})(?![\d.,/-]\d)"
    rf"[^.\n]{{0,120}}?(?i:\b(?:nu|now|currently|fremover|is now on|er nu på|har nu"
    rf"|skiftede til|switched to|changed to|moved to|fik|got|til"
    rf"|det rigtige[^.\n]{{0,100}}?\ber|the right one[^.\n]{{0,100}}?\bis"
    rf"|det aktuelle nummer (?:var|er)|the current one is)\b)"
    rf"[ \t]*(?:(?i:har|has|på|on|is on|er på)[ \t]+)?(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?"
    rf"(?P<new>\d{{2,6}})(?![\d.,/-]\d)"
)


NAME_AFTER_NUMBER_LINE = re.compile(  # a list line that describes someone, gives the number,
    # then the full name: "- Bo fra lageret, 301 - Bo Thygesen", "- hende fra rengøringen på
    # 303, Maja Lund", "3. Ole from sales, ext 3301 - full name Ole Bjarne van der Meer"
    rf"^(?P<lead>[ \t]*(?:[-•*·]|\d{{1,2}}[.)])[ \t]*)(?P<desc>[^\n]{{1,80}}?)[ \t,(]*"
    rf"(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?(?P<number>\d{{2,6}})\)?[ \t]*[-–—:,][ \t]*"
    r"(?:(?i:full name|fulde navn|fulde navn er|that is|det er|dvs\.?)[ \t]*:?[ \t]*)?"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{1,3}})[ \t]*$",
    re.MULTILINE,
)
FULL_NAME_IN = re.compile(rf"{NAME_WORD}[ \t]+{NAME_WORD}")


def with_names_after_numbers(text: str) -> str:
    """`text` with a list line that gives the full name after the number written as
    "Name, lokal N": the description before it ("Bo fra lageret", "hende fra rengøringen")
    only says who is meant."""
    def rewritten(match: re.Match[str]) -> str:
        if FULL_NAME_IN.search(match.group("desc")):
            return match.group()  # "Jens Hansen 214 - Mette Holm": a name of its own before
        return f"{match.group('lead')}{match.group('name')}, lokal {match.group('number')}"
    return NAME_AFTER_NUMBER_LINE.sub(rewritten, text)


def without_old_numbers(text: str) -> str:
    """`text` with an employee's number from before a move replaced by the new one that
    follows in the sentence (where the old one stood, next to the name), and the new one
    blanked: the request is about the number they have now. A remark in brackets beside
    a table's number is left as it is."""
    def moved(match: re.Match[str]) -> str:
        inner, base = match.group(), match.start()
        before = text[text.rfind("\n", 0, base) + 1 : base]
        if before.count("(") > before.count(")"):
            return inner  # a table row's remark: "118 (havde 118, nu 218)" keeps its cells
        old_at, old_to = match.start("old") - base, match.end("old") - base
        new_at, new_to = match.start("new") - base, match.end("new") - base
        return (inner[:old_at] + match.group("new") + inner[old_to:new_at]
                + " " * (new_to - new_at) + inner[new_to:])
    return OLD_THEN_NEW_NUMBER.sub(moved, text)


def without_kept_lines(text: str) -> str:
    """`text` without the lines a label leaves alone ("Done: Kim Holst (112)", "2. New
    agents: Viktorija Jonaitė (ext 3312) ... start 22 April"), and with a bare heading
    over a list ("Velkommen til") read as one with a colon."""
    kept = read_book("subject_kept_sections")
    text = BARE_HEADING.sub(
        lambda m: m.group() if not (
            kept.contains_any(tokenize(m.group("label")))
            or tokenize(m.group("label")) in NEW_STAFF_HEADINGS
        ) else m.group().rstrip("\n").rstrip() + ":\n", text,
    )
    return LABELLED_LINE.sub(
        lambda m: "" if len(tokenize(m.group("label"))) <= 4
        and kept.contains_any(tokenize(m.group("label"))) else m.group(), text,
    )


def without_kept_sections(text: str) -> str:
    """`text` with the rows under a heading that leaves them alone blanked: "Slettes:" and
    "Bevares:" sheets of one workbook, "Skal IKKE slettes:" under a list of leavers. A
    section ends at the next heading or at a blank line after its rows."""
    headings = list(HEADING.finditer(text))
    if not headings:
        return text
    kept = read_book("subject_kept_sections")
    for index, heading in enumerate(headings):
        tokens = tokenize(heading.group(1))
        if len(tokens) > 5 or not (kept.contains_any(tokens) or tokens in NEW_STAFF_HEADINGS):
            continue
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        rows_start = heading.end() + 1
        blank = re.search(r"\n[ \t]*\n", text[rows_start:end])
        if blank and text[rows_start : rows_start + blank.start()].strip():
            end = rows_start + blank.start()
        text = text[:rows_start] + re.sub(r"[^\n]", " ", text[rows_start:end]) + text[end:]
    return text


PRONOUN_NUMBER = re.compile(
    rf"(?i:\b(?:hans|hendes|his|her|medarbejderens|the employee's)[ \t]+(?:{CUE})"
    rf"[ \t]*[:.]?[ \t]*)$"
)
HOLDER_NAMED_AFTER = re.compile(  # "the sales lead on 5301, Priya Raghunathan", "den nye
    # elev på 231 hos Bager Olsen – Ida Holm": the described holder named in apposition
    r"(?:[ \t]+(?:at|hos|i|in)[ \t]+[^\n,.;:!?()–—-]{2,40}?)?[ \t]*(?:,|[-–—:]|\()[ \t]*"
    r"(?:[^\W\d_]+[ \t]*\([ \t]*)?"  # "Priya (Priya Raghunathan)"
)
HOLDER_CLAUSE = re.compile(  # "Ms Fatima Al-Sayed, who until recently was employed as a
    # receptionist at Dr. Hansen Tandklinik (extension 2204)": the number in a clause about
    # the person named just before it, which joins no one else ("og", "and")
    r"[ \t]*,[ \t]*(?i:who|der|som)\b(?:(?!\b(?:og|and|samt|eller|or)\b)[^.!?;\n]){0,160}"
    r"(?i:\b(?:lokal(?:nummer)?|lok\.?|ext\.?|extension)[ \t]*[:.]?[ \t]*)$"
)
ABBREVIATION = re.compile(  # (also a date's day: "indtil sin fratræden den 31. december")
    r"\b(?:Dr|dr|Mr|Ms|Mrs|St|Skt|Sct|ca|bl\.a|f\.eks|e\.g|i\.e|\d{1,2})\."
)
FULL_NAME_SAID_BEFORE = re.compile(
    r"(?i:\b(?:full name is|fulde navn er|(?:his|her) name is|(?:han|hun) hedder|navnet er))"
    r"[ \t]+$"
)


def with_lone_number(
    text: str, names: list[Mention], extensions: list[Mention], found: list[DataSubject]
) -> list[DataSubject]:
    """The one named employee given the one number the text gives apart from the name,
    when it says they belong together: as theirs in a later sentence ("Kenneth Brix er
    bortvist ... Luk hans lokalnummer 261"), or the name given as the full name of whoever
    is on the number ("The guy on 2207 ... Full name is Fitzgerald Kwame Mensah-Nielsen").
    A number and a name in one sentence are often two people ("lokal 210 og Charlotte Due
    Andersen"), so that alone does not pair them."""
    named = [s for s in found if s.full_name and not s.extension]
    numbers = [s for s in found if s.extension and not s.full_name]
    if len(found) != 2 or len(named) != 1 or len(numbers) != 1:
        return found
    said = [e for e in extensions if e.extension == numbers[0].extension]
    spans = [n for n in names if n.name == named[0].full_name]
    if not said or not spans:
        return found
    number, name = said[0], spans[0]
    if FULL_NAME_SAID_BEFORE.search(text, max(0, name.start - 30), name.start) or (
        not number.described  # ("Slet Rune Holt ..., og så den nye elev på 231": another)
        and PRONOUN_NUMBER.search(text, max(0, number.start - 30), number.start)
    ) or (number.described and HOLDER_NAMED_AFTER.fullmatch(text, number.end, name.start)) or (
        name.end <= number.start
        and HOLDER_CLAUSE.fullmatch(
            ABBREVIATION.sub(lambda m: m.group()[:-1] + " ", text[name.end : number.start])
        )
    ):
        return [replace(named[0], extension=numbers[0].extension)]
    return found


SWAPPED = re.compile(r"(?i:\b(?:byttet om|ombyttet|swapped|switched|mixed up|blandet sammen)\b)")
FIRST_NAME_HAS = re.compile(  # "Ida er 303 og Nikolaj er 302", "Ida has ext 303"
    rf"(?<![\w-])([{UPPER}][^\W\d_]+)[ \t]+(?:er|is|has|har)[ \t]+"
    rf"(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?(\d{{2,6}})(?![\d.,/-]\d)"
)


def with_swaps_undone(text: str, found: list[DataSubject]) -> list[DataSubject]:
    """`found` with the numbers a sender says were swapped put right: "jeg har byttet om
    på Ida og Nikolaj. Ida er 303 og Nikolaj er 302" below a list that gave them the
    other way round. Each first name must stand for one listed employee."""
    cue = SWAPPED.search(text)
    if cue is None:
        return found
    for match in FIRST_NAME_HAS.finditer(text, cue.start()):
        owners = [
            i for i, s in enumerate(found)
            if s.full_name and s.full_name.split()[0] == match.group(1)
        ]
        if len(owners) == 1:
            found[owners[0]] = replace(found[owners[0]], extension=match.group(2))
    return found


WRAPPED_SURNAME = re.compile(  # a short line broken before the surname, which opens the next
    # line with the extension: "2. Hans Christian de" / "Neergaard – lokal 32", "Peter Nørgaard"
    # / "Bach lokal 260 skal slettes"
    rf"(?m)^([^\n]{{0,49}}[{UPPER}][^\W\d_]+(?:[ \t]+(?:[{UPPER}][^\W\d_]+|{PARTICLE}))+)[ \t]*\n"
    rf"(?=[{UPPER}][^\W\d_]+[ \t]*(?:[-–—,(][ \t]*)?(?i:lokal|lok\.?|lokalnr\.?|intern|ext\.?)"
    r"[ \t]*[:.]?[ \t]*\d)"
)
WRAPPED_GIVEN = re.compile(  # a line ending in a given name whose surname, maybe with its
    # particle, opens the next line before the extension
    rf"(?m)^([^\n]{{40,}}[ \t]([{UPPER}][^\W\d_]+))[ \t]*\n[ \t>]*"  # (a wrapped line)
    rf"(?=(?:(?:{PARTICLE}|[{UPPER}][^\W\d_]+)[ \t]+){{0,3}}[{UPPER}][^\W\d_]+[ \t]*"
    r"(?:[-–—,][ \t]*)?(?:\(?[ \t]*(?i:lokal|lok\.?|lokalnr\.?|intern|ext\.?|extension)"
    r"[ \t]*[:.]?[ \t]*\d|\(\d{2,6}\)))"  # (also "Jens" / "Peter la Cour (2087)")
)
WRAPPED_NAME = re.compile(  # a long prose line wrapped inside a name: "... om deres tidligere
    # formand Søren Kjærgaard" / "Østergaard, intern 31."
    rf"(?m)^([^\n]{{50,}}[ \t][{UPPER}][^\W\d_]+[ \t][{UPPER}][^\W\d_]+)\n"
    rf"(?=(?!(?i:lok|ext|tlf|tel|mob|nr|intern|kontor)[^\W\d_]*\.)"
    rf"[{UPPER}][^\W\d_]+(?:,|[ \t]*\(|[ \t]+(?:lok|lokal|intern|ext)|\.[ \t]|\.$))"
)  # (or ending its sentence: "... og hedder nu Louise Ahmadi" / "Kristiansen. Kan I ...")
FULL_NAME_BEFORE = re.compile(
    rf"[{UPPER}][\w-]+[ \t]+[{UPPER}][\w-]+[ \t]*\(?[ \t]*(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?$"
)
STAYS_AFTER = re.compile(  # also "Sebastian Frost på 562, han skal blive."
    r"\)?(?:[ \t]*(?:,|og|and)[ \t]*\d{2,6}(?!\d))*"  # "Lokal 30 og 33 beholdes."
    r"[ \t]*(?:,[ \t]*(?i:han|hun|he|she)[ \t]+|[ \t]+(?:og|and)[ \t]+)?"
    r"(?:bliver|forbliver|skal blive|stays|remains|is staying|beholdes|is kept|skal beholdes"
    r"|must stay|should stay)[ \t]*(?:[.!;]|$)",  # "Lokal 2206 beholdes."
    re.MULTILINE,
)
EITHER_NUMBER = re.compile(  # "lokal 1403 eller 1404", "2l6 - eller var det 2l8?"
    rf"[ \t]*(?:[-–—,][ \t]*)?(?:eller|or)[ \t]+(?:(?:var det|måske|was it|maybe)[ \t]+)?"
    rf"(?:(?i:{CUE})[ \t]*)?\d{{2,6}}(?!\d)"
)
LABEL_CELL = re.compile(r"^([ \t]*[^\W\d][^\n|:]{0,30}):[ \t]*\|[ \t]*", re.MULTILINE)
SYMBOL_BULLET = re.compile(  # emoji and symbols opening a list line, read as "- "
    "^([ \t]*)[\u2022\u2190-\u21ff\u2300-\u27bf\u25a0-\u25ff\u2b00-\u2bff"
    "\U0001f000-\U0001faff\ufe0f\u200d]+[ \t]*",
    re.MULTILINE,
)
LIST_ITEM_START = re.compile(  # also "?? – Kirsten Lauridsen": a number not known; and
    # a title before the name ("* Dr. James O'Brien (extension to follow)")
    r"[ \t]*(?:[-•*·▪◦‣○➢►]|\d{1,2}[.)]|(?:\?{1,4}|[xX]{2,4})[ \t]*[-–—:])?[ \t]*"
    rf"(?:(?i:{'|'.join(sorted(HONORIFICS))})\.?[ \t]+)?"
)
LIST_ITEM_REST = re.compile(r"[ \t]*(?:$|[(\[–—;|,:-])", re.MULTILINE)
JOINED_AFTER = re.compile(rf"[ \t]+(?:og|and|samt)[ \t]+[{UPPER}][^\W\d_]+[ \t]+[{UPPER}]")


def without_stray_names(
    text: str, names: list[Mention], found: list[DataSubject]
) -> list[DataSubject]:
    """When employees are given with their extensions, a name given without one counts
    only as the request's own: a list item, joined to the others ("Bo Winther (lokal
    811) og Hanne Iversen"), or said to lack its number. Otherwise it is the customer,
    a place or a person named in passing ("hos Malmö Byggteknik", "Kolding Revisorhus
    har bedt om")."""
    if not any(s.full_name and s.extension for s in found):
        return found
    first: dict[str | None, Mention] = {}
    for mention in names:
        first.setdefault(mention.name, mention)
    return [s for s in found if s.extension or not s.full_name or s.full_name not in first
            or is_listed_name(text, first[s.full_name])
            or any(after_rename_cue(text, m) or after_naming_cue(text, m)
                   for m in names if m.name == s.full_name)]


def after_naming_cue(text: str, mention: Mention) -> bool:
    """Whether the name is given as someone's name right before it ("og Trine hedder
    Trine Bonde Mikkelsen", "her full name is ..."): an answer naming an employee."""
    return cue_before(text, mention, "subject_naming_cues", 2)


def is_listed_name(text: str, mention: Mention) -> bool:
    """Whether a name without an extension is written as one of the employees."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if NAME_FIELD_LABEL.fullmatch(text, line_start, mention.start):
        return True  # "2. Name: Priya Raghunathan" above "Extension: [Extension]"
    titled = text[line_start : mention.start].split()  # "postdoc Tobias Vang" in a list
    if (LIST_ITEM_START.fullmatch(text, line_start, mention.start) or (
        titled and all(is_job_title(word) for word in titled)
    )) and LIST_ITEM_REST.match(text, mention.end):
        return True  # "- Pia Dahl", "Tina Fog;", "René Kofoed – (lokalnummer ukendt)"
    if JOINED_BEFORE.search(text, max(line_start, mention.start - 12), mention.start):
        return True
    if JOINED_AFTER.match(text, mention.end):
        return True  # "indsigt for Katarzyna Mazur og Henrik Brix (lokal 215)"
    sentence_start = sentence_of(text, mention)
    stop = SENTENCE_END.search(text, mention.end)
    sentence = text[sentence_start : stop.start() if stop else len(text)]
    if REQUEST_VERB.search(sentence) and not PREPOSITION_BEFORE.search(
        text, max(sentence_start, mention.start - 8), mention.start
    ):
        return True  # "Kun Lykke Bjerre skal slettes", not "erase ... at Malmö Byggteknik"
    if SURNAME_GIVEN.match(text, mention.start) or SPELLING_AFTER.match(text, mention.end):
        return True  # "Hannah's surname is Clarke", "det er Lærke Bjerregaard, ikke Bjerre"
    named = NAMED_AS_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if named and mention.name and mention.name.split()[0] == named.group(1):
        return True  # "Kasper er Kasper Holm Dahl": the full name of one known by first name
    return NO_EXTENSION_KNOWN.match(text, mention.end) is not None or bool(
        MISSING_REMARK.search(text, mention.end, mention.end + 200)
    )


NAMED_AS_BEFORE = re.compile(rf"(?<![\w-])([{UPPER}][^\W\d_]+)[ \t]+(?:er|is|hedder|=)[ \t]+$")
SPELLING_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:ikke|not)[ \t]+[{UPPER}]")


REQUEST_VERB = re.compile(
    r"\b(?:slet\w*|anonymis\w*|erase\w*|delet\w*|remov\w*|indsigt\w*|ret(?:tes|te|tet)?\b"
    r"|correct\w*|indsigelse|object\w*|voicemail\w*|optage\w*)",
    re.IGNORECASE,
)
PREPOSITION_BEFORE = re.compile(
    r"\b(?:hos|hjá|at|for|fra|from|i|in|ved|til|to|of)[ \t]+$", re.IGNORECASE
)
MISSING_REMARK = re.compile(
    r"(?:lok\w*|ext\w*)[^.\n]{0,40}?\b(?:ikke|not|kender|finde|senere|later|back to you)"
    r"|(?:don'?t|do not) have (?:his|her|their) ext"
    r"|\b(?:ikke|not)\b[^.\n]{0,30}?\b(?:hans|hendes|his|her|their|deres)[ \t]+(?:lok|ext)",
    re.IGNORECASE,
)


NUMBER = re.compile(r"\d{2,6}")


WRITER_IS = re.compile(
    r"(?i:\bjeg er|\bi am|\bi['’]m)[ \t]+(?:(?:her|the|their|our|deres|vores|kundens|"
    r"customer's)[ \t]+)*([\w-]+(?:[ \t]+[\w-]+)?)[ \t]*(?:her|here)?[ \t,]*\(?[ \t]*$"
)


LEFT_ALONE_BEFORE = re.compile(  # "Please don't touch ext. 4400", "skal blive på lokal 200"
    r"(?i:don['’]?t touch|do not touch|leave(?=[ \t]+(?:ext|lok|the number))|ikke røre|rør ikke"
    r"|skal blive|should stay|stays on|remains on|beholder"
    r"|keeps?(?=[ \t]+(?:(?:(?:her|his|their|the|its)[ \t]+)?(?:own[ \t]+)?"  # "keeps her
    r"(?:number|ext|extension|lok|line)|(?-i:[A-ZÆØÅ]))))\b[^!?\n]{0,30}$"  # own number", "keep
    # Sarah Lindqvist 4416", not "keeps logging calls for ext 302"
)


def writer_in_role(text: str, extension: Mention) -> bool:
    """Whether the extension is the writer's own, given with their role ("Jeg er
    IT-ansvarlig her (lok 100), så svar gerne til mig", "I'm the office manager, ext
    20"): whoever writes of themselves by a role is no employee the request is about."""
    line_start = max(text.rfind("\n", 0, extension.start), sentence_of(text, extension))
    cue = CUE_BEFORE.search(text, line_start, extension.start)
    match = WRITER_IS.search(text, line_start, cue.start() if cue else extension.start)
    return bool(match and any(is_role_word(word) for word in match.group(1).split()))


CUE_BEFORE = re.compile(rf"(?i:{CUE})[ \t]*[:.]?[ \t]*$")
HANDED_TO = re.compile(rf"\b(?:til|to)[ \t]+(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?$")
DEVICE = re.compile(
    r"(?i:\b(?:telefon(?:en)?|apparatet|røret|headsettet|enheden|the phone|the handset"
    r"|the device|her phone|his phone|hendes telefon|hans telefon)\b)"
)
NEW_PERSON_AFTER = re.compile(
    r"[ \t]*\((?:the[ \t]+|a[ \t]+|en[ \t]+|den[ \t]+)?(?i:new|ny|nye)[ \t]+[^\W\d_]+"
)


TAKER_BEFORE = re.compile(  # a first name and a few words right before the number's cue:
    # "til Rasmus i værkstedet (lokal "
    rf"[ \t][{UPPER}][^\W\d_]+(?:[ \t]+[^\s()]+){{0,3}}?[ \t]*\(?[ \t]*"
    rf"(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?$"
)


def handed_on(text: str, extension: Mention) -> bool:
    """Whether the number is where a leaver's phone went, or a newcomer's ("telefonen er
    reprovisioneret til lokal 230", "flyttet til lokal 230 (ny medarbejder)"), or the
    number of a colleague the calls go to ("flytte hans kundeopkald til Rasmus i
    værkstedet (lokal 34)"): another user's number, not the employee's."""
    start = sentence_of(text, extension)
    if (taker := TAKER_BEFORE.search(text, start, extension.start)) and SUCCESSOR_BEFORE.search(
        text, start, taker.start() + 1
    ):
        return True
    if not HANDED_TO.search(text, start, extension.start):
        return False
    return bool(
        DEVICE.search(text, start, extension.start)
        or NEW_PERSON_AFTER.match(text, extension.end)
    )


def for_new_user(text: str, mention: Mention) -> bool:
    """Whether the sentence before a mention sets up a new user for them."""
    return sets_up_user(tokenize(text[sentence_of(text, mention) : mention.start]))


def excluded_until(text: str, name: Mention) -> int | None:
    """Where the name's sentence ends, if the rest of it says the request is not about
    them; the sentence is read up to a second number, which is someone else's
    ("Susanne Krogh er 5542, ikke 5541 - 5541 er en anden, den må I ikke slette")."""
    stop = SENTENCE_END.search(text, name.end)
    end = stop.start() if stop else len(text)
    if SUCCESSOR_BEFORE.search(text, max(0, name.start - 30), name.start):
        return end  # "Hans opgaver overtages af Anders Thyge (lokal 262)": who takes over
    if names_a_firm(text, name):  # "Bech Transport v/ Peder Bech", "Dr. Lise Berg's klinik":
        return name.end  # the firm's name, not an employee (and no number of theirs)
    if OWNER_ASKING.match(text, name.end):  # "Ole Kristensen, der ejer Tømrerfirmaet ...,
        return end  # har bedt os om hjælp": the owner passing an employee's request on
    earlier = EARLIER_HOLDER_BEFORE.search(text, max(0, name.start - 20), name.start)
    if (earlier and not renamed_before(text, earlier.start(), name)) or (
        EARLIER_HOLDER_AFTER.match(text, name.end)
    ):  # "Det er nu Ahmed Yilmaz der sidder på 512 (tidligere Kurt Berg, ...)", "Lone Krog
        return end  # (der havde nummeret før)": the number's earlier holder
    if earlier and text[name.start : name.end] == name.name:  # "hedder nu Emma Lykke Dahl -
        return name.end  # tidligere Emma Lykke Berg": her former name, no second employee
        # (a former name read as the new one already is hers: "(tidligere Camilla Frost)")
    if is_namesake(text, name):
        return end  # "there is also a Sara O'Connor (no h) on ext. 7720": the namesake
    if negated_before(text, name) and not RESPELT_BEFORE.search(  # (not the wrong spelling:
        text, max(0, name.start - 40), name.start  # "det er Yusuf Al-Amin, ikke Jusuf
    ):  # Alamin, lokal 620"; "Og stadig IKKE Dorthe Mikkelsen på 525": her number
        line_end = text.find("\n", name.end)  # goes with her, up to the next person or
        end = min(end, line_end) if line_end >= 0 else end  # the line's end
        other = next_person(text[name.end : end])
        opened = text.rfind("(", max(0, name.start - NEGATION_WINDOW), name.start)
        if opened >= 0 and ")" not in text[opened : name.start] and (
            closed := text.find(")", name.end, end)
        ) >= 0:  # "Henrik Lund Sørensen (ikke Henrik Sørensen Lund - ...), lokalnummer 88":
            end = closed  # the bracket's aside ends the one left alone
        if contrast := NEGATION_CONTRAST.search(text, name.end, end):  # "Det er ikke Louise
            end = contrast.start()  # Bang – det er hendes kollega på lokalnummer 57, ..."
        # ("Behold Søs Thygesen (lok 12), men anonymiser Bo Frandsen (lok 14)")
        return min(name.end + other.start(), end) if other else end
    rest_text = text[name.end : end]
    rest_text = within_numbered_line(text, name.start, rest_text)
    other = next_person(rest_text)  # "Freja Lauridsen, lokal 611\nTim Olsen, lokal 614 (IKKE
    if other and not JOINED.fullmatch(rest_text[: other.start()]):  # denne)": the cue is Tim's,
        rest_text = rest_text[: other.start()]  # but "Mia Sand og Jesper Kirk bliver" both's
    cut = next_others_number(rest_text, is_number=name.name is None)
    rest = tokenize(OWN_NUMBER_TAKEN.sub(  # "stopper og overtager sit nummer privat": he
        " ", rest_text[:cut]  # leaves, taking his own number along; no successor
    ))
    if read_book("subject_helper_cues").contains_any(rest[:HELPER_REACH]):
        return end  # "Kenneth Aagaard in IT will receive his phone": a helper, not a leaver
    if not cue_about_person(rest, read_book("subject_exclusion_cues")):
        return None
    return name.end + len(rest_text)  # (up to the next person: "Karen Holt (Karen bliver og
    # skal ikke røres), Nikolaj Vinther på 251" leaves Nikolaj his number)


NUMBER_OPENS_LINE = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?\d{2,6}[ \t]*[-–—:.)]?[ \t]*$")


def within_numbered_line(text: str, start: int, rest: str) -> str:
    """The words after a name that may speak of it: on a list line its number opens
    ("623 Karoline Holm"), only that line's, not the next item's ("Lokal 624 har ingen
    bruger")."""
    line_start = text.rfind("\n", 0, start) + 1
    if NUMBER_OPENS_LINE.match(text, line_start, start):
        return rest.split("\n", 1)[0]
    return rest


MOVE_GAP = re.compile(r"[ \t]+(?i:til|to|->|→)[ \t]+(?i:(?:lokal|lok\.?|ext\.?)[ \t]*)?")


def next_others_number(rest: str, is_number: bool) -> int:
    """Where the words after a mention stop speaking of it: at the next number that is
    someone else's. After a name its own number comes first; after a number the next
    one is another's ("lok. 319 der skal slettes (ikke 318, det er hans kollega der
    stadig er ansat)"), unless it is joined to it ("ext. 3303 and 3304 must stay")."""
    numbers = list(NUMBER.finditer(rest))
    if not is_number:  # (a move names two of one's own: "er flyttet fra 214 til 230 og skal
        own = 2 if len(numbers) > 1 and MOVE_GAP.fullmatch(  # IKKE slettes")
            rest, numbers[0].end(), numbers[1].start()
        ) else 1
        return numbers[own].start() if len(numbers) > own else len(rest)
    previous = 0
    for number in numbers:
        if not JOINED.fullmatch(rest[previous : number.start()]):
            return number.start()
        previous = number.end()
    return len(rest)


OWN_NUMBER_TAKEN = re.compile(
    r"(?i:\b(?:overtager|overtage|tager|takes over|keeps|keep|beholder)[ \t]+"
    r"(?:sit|sin|hans|hendes|his|her)[ \t]+(?:eget[ \t]+|own[ \t]+)?"
    r"(?:nummer|number|lokalnummer|mobilnummer|extension)\b)"
)
HELPER_REACH = 8  # words after a name a helper cue may stand in ("from their IT department")


RESPELT_BEFORE = re.compile(rf"[{UPPER}][\w'-]+[ \t]*[,(]?[ \t]*(?i:ikke|not)[ \t]+$")


NEGATION_CONTRAST = re.compile(  # the clause that says who it is instead
    r"[ \t]*[-–—,;][ \t]*(?i:det er|det var|it is|it's|it was|men|but)\b"
)


def negated_before(text: str, name: Mention) -> bool:
    """Whether a name is written as the one the request is not about ("IKKE Dorthe
    Mikkelsen", "NOT about John Price"), not as a genitive ("ikke Tinas nummer")."""
    return bool(
        NEGATION_BEFORE.search(text, max(0, name.start - NEGATION_WINDOW), name.start)
        and not (NEXT_NAME_WORD.match(text, name.end) or text.startswith("s", name.end))
    )


def is_namesake(text: str, name: Mention) -> bool:
    """Whether the name is written as another person's of the same name."""
    return NAMESAKE_BEFORE.search(text, max(0, name.start - 50), name.start) is not None


KIN = (  # relatives by the word for them, with or without the definite ending
    r"(?:far|faren|father|mor|moren|mother|søn|sønnen|son|datter|datteren|daughter|bror"
    r"|broren|brother|søster|søsteren|sister|fætter|fætteren|kusine|kusinen|cousin|onkel"
    r"|uncle|tante|aunt|mand|manden|husband|kone|konen|wife|hustru|hustruen|svoger|svigerinde"
    r"|navnebror|navnesøster|namesake|svigermor|svigerfar|mother-in-law|father-in-law)"
)
NAMESAKE_BEFORE = re.compile(  # another person of (nearly) the same name, named to tell
    # them apart ("de også har en Anne Marie Poulsen", "Ikke at forveksle med Anne-Marie H.")
    r"(?i:\b(?:there[ \t]+is|there's|der[ \t]+er|de[ \t]+har|they[ \t]+have|vi[ \t]+har"
    r"|we[ \t]+have)[ \t]+(?:(?:also|også|i[ \t]+øvrigt)[ \t]+(?:a|an|en|et)"
    r"|(?:a|an|en|et)[ \t]+(?:anden|andet|another|second|other)|another|endnu[ \t]+en)"
    r"|\b(?:de|they|vi|we)[ \t]+(?:også|also)[ \t]+har[ \t]+en"
    r"|ikke[ \t]+at[ \t]+forveksle[ \t]+med|not[ \t]+to[ \t]+be[ \t]+confused[ \t]+with"
    r"|forveksles[ \t]+med|confused[ \t]+with"
    r"|\b(?:den|the)[ \t]+(?:anden|other)"  # "Den anden Anne Hansen sidder i bogholderiet"
    r"|\b(?:der[ \t]+er|there[ \t]+are|vi[ \t]+har|we[ \t]+have|de[ \t]+har|they[ \t]+have)"
    r"[ \t]+(?:to|two|2)"  # "Der er to Kurt Jensen i firmaet"
    r"|\b(?:another|en[ \t]+anden|et[ \t]+andet)[ \t]+(?:employee|medarbejder|person|user"
    r"|bruger|colleague|kollega)[ \t]+(?:called|named|ved[ \t]+navn|der[ \t]+hedder"
    r"|som[ \t]+hedder)"  # "there is another employee called Sara Lindqvist"
    # a relative told apart: "his father, Michael Thorsen", "ikke sønnen Bo Vestergaard",
    # "our client's mother-in-law, Amalie Ravn"
    rf"|\b(?:ikke|not)[ \t]+{KIN}[ \t]*,?"
    rf"|(?:\b(?:hans|hendes|his|her|deres|their)|\w['’]s)[ \t]+{KIN}[ \t]*,"  # (set off: not
    # "hans kone Signe Vinther (lok 601) er også stoppet", who is one more)
    r")[ \t]+$"
)
def renamed_before(text: str, position: int, name: Mention) -> bool:
    """Whether the name after "(tidligere" is an earlier name of the one just before it
    ("Camilla Frost Jeppesen (tidligere Camilla Frost)"), not another holder."""
    words = set((name.name or "").lower().split())
    return bool(words & set(text[max(0, position - 60) : position].lower().split()))


OWNER_ASKING = re.compile(  # the owner of the customer's firm who asks on an employee's
    # behalf, not "Lone Krag, der ejer Fysioterapeut Lone Krag, vil gerne se ... om hende"
    r"[ \t]*,?[ \t]*(?i:der|som|who)[ \t]+(?i:ejer|driver|owns|runs)\b[^.!?\n]{0,80}?"
    r"(?i:\b(?:har bedt os|beder os|has asked us|asked us|asks us))\b"
)
FIRM_OWNER_BEFORE = re.compile(r"(?i:\bv/|\bc/o)[ \t]*$")  # "Bech Transport v/ Peder Bech"
FIRM_AFTER = re.compile(  # "Dr. Lise Berg's klinik", "Lise Bergs tandklinik", "Dr. Hansen
    r"(?:'s|’s|s)[ \t]+(?i:klinik|tandklinik|praksis|clinic|practice|salon|tegnestue|butik"
    r"|firma|virksomhed|kontor|office|shop)\b"  # Tandklinik" (a clinic's name)
    r"|[ \t]+(?:Klinik|Tandklinik|Lægeklinik|Lægepraksis|Tandlægepraksis|Praksis|Clinic"
    r"|Dental|Salon|Tegnestue)\b"
)


def names_a_firm(text: str, name: Mention) -> bool:
    """Whether a name is written as a small firm's: after "v/" (the owner a firm is run
    by) or before "'s klinik". (A trade before a name, "Tandlæge Kristoffer Bang", is
    the person's as often as the firm's.)"""
    if FIRM_OWNER_BEFORE.search(text, max(0, name.start - 6), name.start):
        return True
    return bool(FIRM_AFTER.match(text, name.end) or FIRM_AFTER.match(text, name.end - 1))


EARLIER_HOLDER_BEFORE = re.compile(  # also "hedder nu Emma Lykke Dahl - tidligere Emma Lykke Berg"
    r"(?:[(,]|[ \t][–—-])[ \t]*(?i:tidligere|formerly|previously)[ \t]+$"
)
EARLIER_HOLDER_AFTER = re.compile(
    r"[ \t]*[(,]?[ \t]*(?i:der|som|who)[ \t]+(?i:havde|had)[ \t]+"
    r"(?i:nummeret|lokalnummeret|lokalet|the number|the extension|it|den|det)[ \t]+"
    r"(?i:før|tidligere|before|previously)\b"
)
SUCCESSOR_BEFORE = re.compile(
    r"(?i:\b(?:overtage[st](?:[ \t]+(?:fremover|nu|herefter|så))?[ \t]+af|overdrages til"
    r"|afløses af|erstattes af|taken over by"  # ("Nummeret 1201 overtages fremover af ...")
    r"|handed over to|replaced by|passed to|covered by"
    # the leaver's calls handed on: "Hendes opkald skal fremover gå til Pia Dam (lokalnr. 22)"
    r"|(?:skal[ \t]+)?(?:fremover[ \t]+)?(?:gå|går)[ \t]+(?:nu[ \t]+)?til"
    r"|viderestilles til|omstilles til|stilles om til"
    r"|(?:calls?|phone)[ \t]+(?:will[ \t]+|should[ \t]+)?go(?:es)? to"
    r"|(?:desk|seat|job|role|post|skrivebord|plads|stilling)[ \t]+(?:goes|går)[ \t]+"
    r"(?:over[ \t]+)?(?:to|til)"
    # "kan du flytte hans kundeopkald til Rasmus", "move her calls to Anna"
    r"|(?:flyt|flytte|flyttes|move|moved)[ \t]+(?:hans|hendes|his|her|their|deres)[ \t]+"
    r"[^\W\d_]+[ \t]+(?:til|to)"
    r"|(?:be|is|are)[ \t]+(?:forwarded|redirected|routed|diverted)[ \t]+to"
    r"|(?:hans|hendes|his|her|their|deres)[ \t]+(?:afløser|efterfølger|successor|replacement)"
    # the customer's contact named for questions: "Kundens kontaktperson er Gitte Lorentzen"
    r"|(?:kontaktperson|kontakt|contact person|contact)[ \t]+(?:er|is)"
    r"))[ \t]+$"  # "herunder hans afløser Sidsel Krogh på 2240"
)


THINGS = frozenset({  # what a cue is about when it is no person ("no need to reset her password")
    "password", "kodeord", "adgangskode", "pin", "pinkode", "headset", "telefon", "telefonen",
    "phone", "mobil", "mobile", "computer", "pc", "licens", "license", "licence", "faktura",
    "invoice", "abonnement", "subscription", "router", "nummeret", "number", "adgang",
    "adgangen", "access",  # "de skal ikke have adgang mere": no one to leave alone
})


ATTACHED_TOO = re.compile(  # the body names some and points to an attached list for more
    # ("de to i den vedhæftede csv", "dem på arket 'Slettes' i vedhæftede", "in the attachment")
    r"(?i:\b(?:in|i)[ \t]+(?:the[ \t]+|den[ \t]+|det[ \t]+)?(?:attached|vedhæftede"
    r"|vedlagte|enclosed)\b|\b(?:attached|vedhæftet)[ \t]+(?:csv|fil\w*|file|list\w*|ark\w*"
    r"|sheet|spreadsheet|excel\w*)|\b(?:in|i)[ \t]+(?:the[ \t]+)?(?:attachment|vedhæftningen)\b"
    r"|\b(?:se|see)[ \t]+(?:the[ \t]+)?(?:vedhæftede|vedlagte|attached|attachment)\b)"
)
FORGOT_ONE = re.compile(  # "Jeg glemte en!", "Kunden har glemt én:"
    r"(?i:\b(?:jeg|vi|i|we|kunden|the customer|they|de)[ \t]+(?:har[ \t]+|have[ \t]+|has[ \t]+"
    r"|havde[ \t]+|had[ \t]+)?(?:glemte|glemt|forgot|forgotten)\b)"
)
REST_BELOW = re.compile(  # the body names some and the quoted mail the rest ("De første 5 har
    # jeg skrevet ind, resten står i kundens mail herunder", "the others are in the mail below")
    r"(?i:\b(?:resten|de øvrige|de andre|the rest|the others|the remaining)\b"
    r"(?:(?!\b(?:ikke|not|no longer)\b)[^.!?\n]){0,60}?"  # (not "De øvrige ... er ikke omfattet")
    r"\b(?:herunder|nedenfor|nedenunder|forneden|below|underneath)\b"
    r"(?![^.!?\n]*\b(?:ikke|not)\b))"
)


def listed_at(text: str, subject: DataSubject, start: int) -> int:
    """Where `text` lists the subject after `start`, by name or number; after the text
    when it does not."""
    places = [text.find(form, start) for form in (subject.full_name, subject.extension) if form]
    return min((p for p in places if p >= 0), default=len(text))


def merge_followup(
    earlier: list[DataSubject], now: list[DataSubject], adds: bool = False
) -> list[DataSubject]:
    """Subjects of the quoted history updated with what the new text adds; `adds` when
    the new text says so itself ("Jeg glemte en! Søs Andersen ... skal også slettes")."""
    complete = all(s.full_name and s.extension for s in now)
    settled = all(s.full_name and s.extension for s in earlier)  # nothing left to complete
    if now and not adds and (complete or settled) and all(
        match_earlier(earlier, s) is None for s in now
    ):
        return now  # a request of its own in an old thread: the quoted one is history
    merged = list(earlier)
    for subject in now:  # only the quoted ones are completed, not those written now
        index = match_earlier(merged[: len(earlier)], subject)
        if index is None:
            merged.append(subject)
            continue
        old = merged[index]
        name = subject.full_name or old.full_name
        if first_names_of(name, old.full_name):
            name = old.full_name  # "Mary Anne" is the quoted Mary Anne Fitzgerald-Burke
        merged[index] = DataSubject(name, subject.extension or old.extension)
    if not now:
        return earlier
    return [  # a quoted number without its name, now named ("Han skal slettes (lokal 45)"
        m for m in merged  # above "Sletning af Ulrik Friis Damgaard, lokal 45"): one employee
        if m.full_name or not any(o.full_name and o.extension == m.extension for o in merged)
    ]


def unhyphened(name: str) -> str:
    """A name with its hyphens read as spaces."""
    return " ".join(name.replace("-", " ").split())


def ends_alike(one: str | None, other: str | None) -> bool:
    """Whether two names of three words or more share their first and last word."""
    a, b = (one or "").split(), (other or "").split()
    return len(a) >= 3 and len(b) >= 3 and a[0] == b[0] and a[-1] == b[-1]


def match_earlier(earlier: list[DataSubject], subject: DataSubject) -> int | None:
    """Which quoted subject a newly written one completes or corrects, if any; an
    employee without name or number (a lone first name) completes none."""
    if subject.full_name is None and subject.extension is None:
        return None
    for index, old in enumerate(earlier):
        if subject.full_name and old.full_name == subject.full_name:
            return index
    for index, old in enumerate(earlier):  # "Louise Kristensen-Bak med bindestreg" for the
        if subject.full_name and old.full_name and unhyphened(old.full_name) == unhyphened(
            subject.full_name  # quoted "Louise Kristensen Bak"
        ):
            return index
    for index, old in enumerate(earlier):  # a spelling corrected ("Ravn-Michelsen med ch")
        if spelt_as_one(subject.full_name, old.full_name):
            return index
    for index, old in enumerate(earlier):  # the middle put right on the same number ("Peter
        if subject.extension and old.extension == subject.extension and ends_alike(  # van
            old.full_name, subject.full_name  # den Berg (not van der Berg), ext 32")
        ):
            return index
    for index, old in enumerate(earlier):  # a surname written out or shortened ("Emma
        if surname_extended(old.full_name, subject.full_name):  # hedder Emma Kjærsgaard,
            return index  # ikke Kjær")
    for index, old in enumerate(earlier):  # the first names of one quoted ("whether
        # Mary Anne and Nguyen have been removed"), or of one whose number they give
        # ("Lokalnumrene er: Benedikte 311 og Carl Emil 312")
        if (not subject.extension or old.extension in (None, subject.extension)) and (
            first_names_of(subject.full_name, old.full_name)
        ):
            return index
    for index, old in enumerate(earlier):  # "7731 – Henrik Sjöberg" names the quoted 7731
        if subject.extension and old.extension == subject.extension and old.full_name is None:
            return index
    for index, old in enumerate(earlier):  # "Hun har lok 45" of the quoted Trần Thị Mai (45)
        if subject.extension and old.extension == subject.extension and not subject.full_name:
            return index
    if len(earlier) == 1 and (
        (subject.full_name is None and not (earlier[0].full_name and earlier[0].extension))
        or earlier[0].full_name is None
    ):  # (not a quoted employee known in full: "Camilla fra lokal 221 er også stoppet"
        return 0  # below "Thomas Brink, lokalnummer 220" is another one)
    gaps = [
        i
        for i, old in enumerate(earlier)
        if (subject.full_name is None and old.extension is None)
        or (subject.extension is None and old.full_name is None)
    ]
    return gaps[0] if len(gaps) == 1 else None


def first_names_of(short: str | None, full: str | None) -> bool:
    """Whether `short` is the leading words of the longer name `full` ("Mary Anne" of
    "Mary Anne Fitzgerald-Burke")."""
    return bool(short and full and full.startswith(f"{short} "))


def surname_extended(old: str | None, new: str | None) -> bool:
    """Whether two names share their first names and one surname begins the other
    ("Emma Kjær" / "Emma Kjærsgaard", "Emma Kjær" / "Emma Kjær-Holm")."""
    if not old or not new or old == new:
        return False
    *old_given, old_surname = old.split()
    *new_given, new_surname = new.split()
    return bool(old_given) and old_given == new_given and (
        new_surname.startswith(old_surname) or old_surname.startswith(new_surname)
    )


NAMING_REPLY = re.compile(  # a reply that only gives a name: "Hej\n\nHan hedder Kim ..."
    r"(?:(?:hej|hi|hello)\b[^\n]*\n\s*)?(?i:han|hun|he|she|medarbejderen|the employee)[ \t]+"
    r"(?i:hedder|is called|'s called)[ \t]+[^\n.]+\.?\s*$",
    re.IGNORECASE,
)
SELF_NAMING = re.compile(
    rf"(?i:mit (?:fulde )?navn (?:er|var)|jeg hedder|jeg hed|my (?:full )?name (?:is|was))[ \t]+"
    rf"([{UPPER}][\w-]+(?:[ \t]+[{UPPER}][\w-]+){{1,3}})"
)


def initial_of(word: str, named: list[str]) -> bool:
    """Whether `word` is the initial ("K", "K.") of one of the words named."""
    letter = word.rstrip(".")
    return len(letter) == 1 and any(name.startswith(letter) for name in named[1:])


def signed_name(sender: str, text: str) -> str:
    """The sender's name as they give it in `text` when it is the display name with a
    name added ("Mit navn er Camilla Holm Rasmussen" from "Camilla Holm", "Jeppe Storm
    Larsen" signing as "Jeppe Larsen") or capitalised where the display name is not;
    else the display name."""
    words = sender.split()
    if sender == sender.lower() and (  # "emil thorsen" in the From line, "jeg er Emil
        written := re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)",
                             text, re.IGNORECASE)  # Thorsen" in the text: as written there
    ) and written.group() != written.group().lower():
        return " ".join(written.group().split())
    for match in SELF_NAMING.finditer(text):  # "Mit navn er Camilla Holm Rasmussen"
        named = match.group(1).split()
        parts = {part for word in named for part in word.split("-")}  # "Kowalczyk-Nowak"
        if len(words) <= len(named) <= 4 and named != words and named[0] == words[0] and all(
            word in named or word in parts or initial_of(word, named) for word in words
        ):  # (also "Brian K" writing "Jeg hed Brian Kjeldsen")
            return " ".join(named)
    for line in reversed(text.splitlines()):
        signed = line.split()
        if (
            len(words) < len(signed) <= 4
            and signed[0] == words[0]
            and signed[-1] == words[-1]
            and all(word[:1].isupper() and word.isalpha() for word in signed)
        ):
            return " ".join(signed)
    return " ".join(words)


FIRST_PERSON_NUMBER = re.compile(  # "og jeg har lokal 44", "I am on ext. 12"
    rf"(?i:\b(?:jeg har|jeg er på|jeg sidder på|i have|i am on|i'm on"  # "Mit eget
    rf"|mit(?:[ \t]+eget)?[ \t]+lokalnummer(?:[ \t]+er)?"  # lokalnummer 10 vises med ..."
    rf"|my(?:[ \t]+own)?[ \t]+extension(?:[ \t]+is)?)[ \t]+(?:{CUE})?[ \t]*[:.]?[ \t]*"
    rf"(\d{{2,6}})(?!\d))"
)


def own_extension(signature: str) -> str | None:
    """The extension an employee writing about themselves signs with ("Said Haddad /
    Lokal 1502"), when the signature gives exactly one with its cue."""
    cued = {m.group(1) for m in EXTENSION.finditer(signature) if m.group(1)}
    return cued.pop() if len(cued) == 1 else None


SIGNATURE_LINES = 4  # a name, a title, a company and a phone line, at most


def signed_extension(quoted: str, writer: str) -> str | None:
    """The extension the author of a forwarded request signs it with, on the line of
    their name or the few lines under it ("Mette Lund" / "Salg" / "Lokal 4412"): the
    last place the quoted text writes the name is their signature."""
    lines = [line.lstrip("> \t") for line in quoted.splitlines()]
    at = next((i for i in range(len(lines) - 1, -1, -1) if writer in lines[i]), None)
    if at is None:
        return None
    block: list[str] = []
    for line in lines[at:at + SIGNATURE_LINES]:
        if block and not line.strip():
            break
        block.append(line[line.index(writer) + len(writer):] if writer in line else line)
    return own_extension("\n".join(block))


def forwarded_self_request(
    new_text: str, history: str, quoted: str, subject: str = ""
) -> str | None:
    """The name of the employee whose own request the sender forwards ("Se nedenfor"
    above "From: Vu Thi Thu Ha … Jeg vil gerne have indsigt i alle de oplysninger, I
    har om mig"): the author of the newest forwarded mail, when it asks about its own
    data; in a chain of forwards, the author of the innermost mail, whose own request
    the others pass on ("se nederst" above "Fwd: Fwd: Indsigt i mine data")."""
    forwarded = FORWARD_PREFIX.match(subject) is not None  # "VS: VS: Mine voicemails"
    if not (points_elsewhere(new_text) or forwarded) or not has_self_cue(history):
        return None
    authors = quoted_authors(quoted)
    if not authors or not find_names(authors[-1], ""):
        return None  # a firm or an office wrote it ("Kontoret - Ringsted Dyreklinik")
    return authors[-1]


def has_self_cue(text: str) -> bool:
    """Whether the sender writes about their own data ("om mig", "my voicemails")."""
    return read_book("subject_self_cues").contains_any(tokenize(text))


