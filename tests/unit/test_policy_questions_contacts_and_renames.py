"""Questions about the provider's rules that go on for a sentence or two, a request said
not to be one ("Der er ikke tale om indsigelse"), a number to be renamed ("skal omdøbes
til"), and contacts named with their mail, phone or "(cc)" beside the employee."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import pairs


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Retention of recordings",
     "Quick question from a customer: how long do you keep call recordings and voicemails? Is "
     "it really only 90 days for recordings, og hvad med voicemails efter en medarbejder er "
     "slettet? They need it for their own fortegnelse.", "other"),
    ("Spørgsmål om opbevaring af optagelser",
     "Medarbejdersiden vil gerne vide:\n1. Hvor længe gemmes optagede samtaler hos jer?\n"
     "Der er ikke tale om indsigelse fra en bestemt medarbejder, de vil bare have styr på "
     "reglerne.", "other"),
    ("Voicemails", "How long do you keep voicemails?\n\nPlease send all voicemails for Ida "
     "Holm, ext 21, to her new employer.", "portability"),  # a new paragraph asks for them
    ("Omdøbning", 'Lokal 5512 hos Aarhus Auto står stadig som "Reception". Den skal omdøbes '
     "til Birgitte Østergaard Nielsen, som har overtaget pladsen.", "rectification"),
    ("Sletning af medarbejder", "Kunden vil gerne omdøbe 305 til Jonas Berg, men venter på at "
     "Karins data er væk. Slet Karin Holm lok 305.", "erasure"),
])
def test_what_the_mail_asks_for(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("We need the voicemails for Aleksandra Petrović, ext. 615, exported.\nMarta Jensen "
     "(mj@nordicfreight.dk, +45 44 20 18 00) is the customer contact if you need approval.",
     "portability", [("Aleksandra Petrović", "615")]),
    ("Yasmin Ali, lok. 130, ønsker ikke at hendes opkald optages mere.\nKarin Dyhr (cc) kan "
     "bekræfte.", "objection", [("Yasmin Ali", "130")]),
    ("Slet Jens Hansen <jh@firma.dk> lok 45.", "erasure", [("Jens Hansen", "45")]),
])
def test_a_contact_named_beside_the_employee(
    body: str, kind: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body, kind=kind, sender="Kasper Ross") == expected
