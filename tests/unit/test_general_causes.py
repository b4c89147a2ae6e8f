"""General causes found on a blind held-out set: own variants, not its sentences."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.mime import decode_mail
from parsers.model import DataSubject
from parsers.sensitive import find_sensitive
from parsers.subjects import find_data_subjects
from tests.reading import subjects


@pytest.mark.parametrize(
    "body",
    [
        "Slet venligst Mona Krog, lokal 31, hos Aarhus Tryk.",
        "Please erase Mona Krog (ext. 31) at Harbourline Ltd. who has left.",
        "Please erase Mona Krog (ext. 31); they work within the European Union.",
        "Slet venligst Mona Krog, lokal 31, hos kunden. Hilsen fra Vejle Bageri og Ribe Kaffe",
        "Slet venligst Mona Krog, lokal 31.\nSagen kommer fra deres telecomansvarlige Bo Lund.",
        "Slet venligst Mona Krog, lokal 31.\n\n/Ib\nVestkyst Kommunikation",
    ],
)
def test_companies_roles_and_signatures_are_no_subjects(body: str) -> None:
    assert subjects(body) == (DataSubject("Mona Krog", "31"),)


def test_company_suffix_words_end_no_person() -> None:
    body = "Slet Mona Krog, lokal 31. Kunden er Fjordvik Oy og Baltic Trade Inc."
    assert subjects(body) == (DataSubject("Mona Krog", "31"),)


def test_on_behalf_of_a_name_with_extension_is_the_employee() -> None:
    body = "Vi gør indsigelse på vegne af Gitte Lyng, intern 52, hos vores kunde."
    assert subjects(body, kind="objection") == (DataSubject("Gitte Lyng", "52"),)


def test_on_behalf_of_a_company_stays_a_company() -> None:
    body = "Vi skriver på vegne af Gitte Lyng, og vil slette Ole Nør, lokal 12."
    assert DataSubject("Ole Nør", "12") in subjects(body)


def test_lower_case_names_before_cue_in_a_line_with_capitals() -> None:
    body = "slet lige karen marie holm lok. 71 og bo lund lok. 72 hos (Fanø Vinduer)"
    assert subjects(body) == (
        DataSubject("karen marie holm", "71"),
        DataSubject("bo lund", "72"),
    )


@pytest.mark.parametrize(
    "body",
    ["Rename request - voice mail, ext. 4410", "Navneskift af profil billede, lokal 4410"],
)
def test_lower_case_words_after_a_content_word_are_no_name(body: str) -> None:
    assert all(s.full_name is None for s in subjects(body, kind="rectification"))


@pytest.mark.parametrize(
    ("body", "digit"),
    [
        ("Slet Jonas Brink (lokal 8) hos kunden.", "8"),
        ("Please erase Jonas Brink, ext. 3, at our client.", "3"),
        ("Slet Jonas Brink, lokalnummer 6.", "6"),
    ],
)
def test_one_digit_extension_after_a_cue(body: str, digit: str) -> None:
    assert subjects(body) == (DataSubject("Jonas Brink", digit),)


def test_bare_digit_or_intern_digit_is_no_extension() -> None:
    assert subjects("Slet Jonas Brink, ansat 3 år, intern 4 måneder.") == (
        DataSubject("Jonas Brink", None),
    )


def test_extension_before_name_pairs_on_its_own_line() -> None:
    body = "Sletning hos kunden:\n\nLokal 31 - Rikke Vad\nLokal 4402 - Allan Brun\n"
    assert subjects(body) == (DataSubject("Rikke Vad", "31"), DataSubject("Allan Brun", "4402"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hej igen\n\nBirgit Moos har lokal 512.\n\nHilsen Ib", DataSubject("Birgit Moos", "512")),
        ("Hej\n\nNavnet på lokal 77 er Kurt Dahl.\n", DataSubject("Kurt Dahl", "77")),
    ],
)
def test_followup_prose_completes_a_ticket(body: str, expected: DataSubject) -> None:
    quoted = "> Vi mangler oplysninger om medarbejderen.\n"
    assert subjects(body, kind="other", quoted=quoted) == (expected,)


def test_other_kind_without_history_has_no_subjects() -> None:
    assert subjects("Birgit Moos har lokal 512.", kind="other") == ()


def _mail(subject: str, body: str, extra: str = "") -> bytes:
    return (
        "From: Anna Berg <anna@example.se>\r\nTo: persondata@flexfone.dk\r\n"
        f"Subject: {subject}\r\n{extra}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def test_swedish_english_away_text_after_tagged_reply_subject() -> None:
    raw = _mail(
        "Ledig / Out of office: Re: Din förfrågan",
        "Hej,\r\n\r\nJag är ledig till den 3 april.\r\n\r\nI am away until 3 April.\r\n",
    )
    found = detect_automation(decode_mail(raw))
    assert found is not None and found.kind == "auto_reply"


def test_frånvaro_subject_is_auto_reply() -> None:
    raw = _mail("Frånvaro: Ärende 12", "Jag är borta.\r\n")
    found = detect_automation(decode_mail(raw))
    assert found is not None and found.kind == "auto_reply"


def test_person_mentioning_re_is_not_away() -> None:
    raw = _mail("Spørgsmål om Re: tidligere sag", "Hej\r\n\r\nKan I slette Bo Lund?\r\n")
    assert detect_automation(decode_mail(raw)) is None


@pytest.mark.parametrize(
    "subject",
    ["Kunne ikke leveres: [GDPR-1] Vi har modtaget jeres anmodning", "Undeliverable: Kvittering"],
)
def test_exchange_ndr_subject_is_a_bounce(subject: str) -> None:
    raw = _mail(subject, "Der opstod et problem med leveringen af meddelelsen.\r\n")
    found = detect_automation(decode_mail(raw))
    assert found is not None and found.kind == "bounce"


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Han fik en dom for bedrageri sidste år.", "criminal", "dom for bedrageri"),
        ("She was sentenced for theft in 2019.", "criminal", "sentenced for theft"),
        ("Han er sigtet for vold.", "criminal", "sigtet for vold"),
        ("Hans voicemail-PIN er 9052, hvis I skal bruge den.", "credential", "9052"),
        ("PIN-koden er 7731.", "credential", "7731"),
        ("adgangskoden er Vinter#42", "credential", "Vinter#42"),
    ],
)
def test_sensitive_phrasings(text: str, category: str, value: str) -> None:
    found = [(s.category, text[s.start : s.end]) for s in find_sensitive(text)]
    assert (category, value) in found


@pytest.mark.parametrize(
    "text",
    [
        "Retten afsagde dom i sagen om lejemålet.",
        "Vi fik en dom for selskabet i landsretten.",
        "Hun har fået en ny PIN-kode til sin voicemail.",
        "PIN-koden til voicemail skal nulstilles.",
    ],
)
def test_sensitive_traps_stay_unflagged(text: str) -> None:
    assert find_sensitive(text) == [] or not list(find_sensitive(text))


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Hun har været langtidssyg siden marts.", "health", "langtidssyg"),
        ("Han er blevet opereret i ryggen.", "health", "opereret"),
        ("Medarbejderen er ordblind.", "health", "ordblind"),
        ("Hun er førtidspensionist nu.", "health", "førtidspensionist"),
        ("He was injured at work last year.", "health", "was injured"),
        ("She has been diagnosed bipolar.", "health", "bipolar"),
        ("Han er tillidsmand i klubben.", "trade_union", "tillidsmand"),
        ("She is our union rep.", "trade_union", "union rep"),
        ("Hun er lige kommet hjem fra barsel og vil have rettet sit nummer.", "health", "barsel"),
        ("She is on maternity leave until May.", "health", "maternity leave"),
        ("Han er aktiv hos Socialdemokratiet.", "politics", "aktiv hos Socialdemokratiet"),
        ("Hun sidder i byrådet for SF.", "politics", "i byrådet for SF"),
        ("Hun er folketingskandidat og vil ikke stå i bogen.", "politics", "folketingskandidat"),
        ("Han føler sig forskelsbehandlet pga. sin irakiske baggrund.", "ethnicity",
         "irakiske baggrund"),
        ("Hun er af polsk afstamning.", "ethnicity", "polsk afstamning"),
    ],
)
def test_more_art9_words(text: str, category: str, value: str) -> None:
    found = [(f.category, text[f.start : f.end]) for f in find_sensitive(text)]
    assert (category, value) in found


@pytest.mark.parametrize(
    "text",
    [
        "The account is disabled until Monday.",
        "Vi er organiseret i teams.",
        "Anmeld misbrug af systemet til os.",
        "Send it blind (bcc) to the customer.",
        "Install it on the terminal server.",
        "What a stroke of luck.",
        "The file was infected with a virus.",
    ],
)
def test_it_words_near_art9_words_stay_unflagged(text: str) -> None:
    assert find_sensitive(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Han gik på barsel i efteråret og har nu sagt op.",
        "Hun har en teknisk baggrund og skal have ny telefon.",
        "Alternativet er at vi sletter hele kontoen.",
        "Drej til venstre ved receptionen.",
    ],
)
def test_fathers_leave_and_ordinary_background_stay_unflagged(text: str) -> None:
    assert find_sensitive(text) == ()


def test_a_reply_giving_the_asked_for_name_completes_the_quoted_employee() -> None:
    quoted = "> Vi mangler medarbejderens fulde navn (for lokalnummer 31).\n"
    found = subjects("Han hedder Jonas Vestergaard Kristensen", kind="other", quoted=quoted)
    assert found == (DataSubject("Jonas Vestergaard Kristensen", "31"),)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Hun er vietnamesisk og taler ikke dansk.", "Hun er vietnamesisk"),
     ("He was treated badly because of his Roma background.", "Roma background")],
)
def test_nationality_of_a_person_is_ethnicity(text: str, value: str) -> None:
    found = [(f.category, text[f.start : f.end]) for f in find_sensitive(text)]
    assert ("ethnicity", value) in found


@pytest.mark.parametrize("text", ["Maden er kinesisk i dag.", "The restaurant is Thai."])
def test_nationality_of_a_thing_stays_unflagged(text: str) -> None:
    assert find_sensitive(text) == ()


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Jeg er sykmeldt til og med fredag.", "health", "sykmeldt"),
        ("Jag är sjukskriven denna vecka.", "health", "sjukskriven"),
        ("Sie hat geschrieben, ich bin krank bis Montag.", "health", "krank"),
        ("Hun har skiftet navn efter hun er konverteret til islam.", "religion",
         "konverteret til islam"),
    ],
)
def test_nordic_sick_leave_and_conversion(text: str, category: str, value: str) -> None:
    found = [(f.category, text[f.start : f.end]) for f in find_sensitive(text)]
    assert (category, value) in found


def test_an_invoice_complaint_is_no_rectification() -> None:
    from parsers.kinds import classify_kind

    text = "Fakturaen indeholder stadig de tre medarbejdere, vi bad jer slette. Kan I kreditere?"
    assert classify_kind("Faktura 2026-0412 – forkert opkrævning", text, "") == "other"


@pytest.mark.parametrize(
    "body",
    [
        "Slet Ida Holm (ext. 12). Peter Lund, the customer's IT manager, asked us to do this.",
        "Kunden Brdr. Vestergaard Maskinfabrik har bortvist Ida Holm (lok. 12).",
        "Frederikssund Tæpper har fået en anmodning: Ida Holm, lokal 12.",
        "Ida Holmm hos kunden er stavet forkert - det skal være Ida Holm, lokal 12.",
    ],
)
def test_roles_after_names_trades_and_spelling_corrections(body: str) -> None:
    assert subjects(body) == (DataSubject("Ida Holm", "12"),)


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        ("Voicemails før sletning", "Ida Lind (lok. 208) vil have sine voicemails, inden "
         "hendes bruger bliver slettet. Sletningen venter vi med.", "portability"),
        ("Sletning", "Vi vil gerne have at Jens Hansen (lok 22) bliver slettet.", "erasure"),
        ("Navneændring lokal 58", "Susanne Holm på lokal 58 har skiftet efternavn.",
         "rectification"),
    ],
)
def test_postponed_deletion_and_name_changes(subject: str, body: str, kind: str) -> None:
    from parsers.kinds import classify_kind

    assert classify_kind(subject, body, "") == kind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("slet venligst\nmads kristensen 311\nline bjerre 312\n",
         (DataSubject("mads kristensen", "311"), DataSubject("line bjerre", "312"))),
        ("Kan i rette navnet paa lokal 92? Der staar Kaare Moeller, det skal vaere Kåre Møller.",
         (DataSubject("Kåre Møller", "92"),)),
        ("Please update ext 4410 from Sarah Johnson to Sarah Johnson-Okafor.",
         (DataSubject("Sarah Johnson-Okafor", "4410"),)),
        ("Rasmus Kjær (Jysk IT)\n\n21 Apr 2026, 13:37 CEST\n\nPlease erase Ida Holm, ext. 51.",
         (DataSubject("Ida Holm", "51"),)),
        ("Navn\tLokalnr.\tMobil\tFratrådt\nIda Holm\t31\t+45 22 41 90 13\t09.01.2026\n",
         (DataSubject("Ida Holm", "31"),)),
        ("Voicemails for Jonas Vest, lok. 12. Hans chef, Lone Dahl, har godkendt det.",
         (DataSubject("Jonas Vest", "12"),)),
    ],
)
def test_forms_seen_in_an_adversarial_blind_set(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body, kind="rectification") == expected


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("He leaves early for Friday prayers.", "religion", "Friday prayers"),
        ("Han er kurder og taler ikke dansk.", "ethnicity", "kurder"),
        ("Hun døde efter et langt kræftforløb.", "health", "kræftforløb"),
    ],
)
def test_prayer_people_and_illness_courses(text: str, category: str, value: str) -> None:
    found = [(f.category, text[f.start : f.end]) for f in find_sensitive(text)]
    assert (category, value) in found


def test_efforts_are_no_cancer() -> None:
    assert find_sensitive("Vi har brugt mange kræfter på at rydde op.") == ()


def test_a_sender_writing_about_themselves_is_named_as_signed() -> None:
    body = "Jeg havde lokalnummer 233 og vil gerne have slettet alle oplysninger om mig."
    found = find_data_subjects(
        "Sletning", body, "", "Jeppe Larsen", "erasure", signature="Hilsen\nJeppe Storm Larsen"
    )
    assert found == (DataSubject("Jeppe Storm Larsen", "233"),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kollegaen Nguyễn Văn An (lokal 1180) er stoppet.", DataSubject("Nguyễn Văn An", "1180")),
        ("Slet Anders And lokal 5, tak.", DataSubject("Anders And", "5")),
        ("Slet Mette Holm. To lokal 5 mangler stadig.", DataSubject("Mette Holm", None)),
    ],
)
def test_a_short_function_word_before_the_extension_ends_the_name(
    body: str, expected: DataSubject
) -> None:
    assert subjects(body)[0] == expected


def test_lower_case_name_in_a_list_of_number_dash_name_lines() -> None:
    body = "To medarbejdere skal slettes:\n\n12 – jens peter madsen\n14 – Ali Haidari\n"
    expected = (DataSubject("jens peter madsen", "12"), DataSubject("Ali Haidari", "14"))
    assert subjects(body) == expected


def test_one_number_dash_words_line_is_no_name() -> None:
    body = "Bestilling til lokal kontor:\n12 - stk telefoner\n"
    assert subjects(body) == (DataSubject(None, None),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Please correct ext. 2301. It shows "Jon Smyth" but the correct name is "John Smith".',
            DataSubject("John Smith", "2301"),
        ),
        (
            'navnet paa lokal 4401 staar forkert. der staar "mikkel frederiksen" men det skal '
            'vaere "mikkel fredriksen" uden e.',
            DataSubject("mikkel fredriksen", "4401"),
        ),
    ],
)
def test_a_quoted_spelling_correction_names_the_corrected_spelling(
    body: str, expected: DataSubject
) -> None:
    assert subjects(body, kind="rectification") == (expected,)


def test_a_quoted_job_title_after_should_be_is_no_name() -> None:
    body = 'Titlen på lokal 2240 er forkert. Den skal være "Key Account Manager".'
    assert subjects(body, kind="rectification") == (DataSubject(None, "2240"),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Jeg har 2 mere til sletning: Ib Lauritzen (41) og 42 – Vibeke Hald.",
            (DataSubject("Ib Lauritzen", "41"), DataSubject("Vibeke Hald", "42")),
        ),
        (
            "Slet også den nye lærling, Mikkel Due, han havde 3125.",
            (DataSubject("Mikkel Due", "3125"),),
        ),
        ("Slet Mikkel Due, han er 34 og stoppet.", (DataSubject("Mikkel Due", None),)),
    ],
)
def test_extensions_said_in_passing(body: str, expected: tuple[DataSubject, ...]) -> None:
    assert subjects(body) == expected


def test_subject_line_words_the_body_writes_as_a_company_are_no_name() -> None:
    body = "Hej\nlokal 62 hos Ringkøbing Fiskeindustri skal slettes, hun er stoppet."
    found = find_data_subjects("Sletning Ringkøbing Fisk", body, "", "Ib Sand", "erasure")
    assert found == (DataSubject(None, "62"),)


@pytest.mark.parametrize("word", ["Men", "Vh"])
def test_conjunctions_and_sign_offs_open_no_name(word: str) -> None:
    body = f"Tak. {word} Jørgen de Vries Mortensen (lok 5104) vil stadig gøre indsigelse."
    assert subjects(body, kind="objection") == (DataSubject("Jørgen de Vries Mortensen", "5104"),)


def test_a_ticket_comments_stamped_author_line_is_no_subject() -> None:
    body = (
        "Additional comments:\n2026-03-26 09:41:07 CET - Klaus Brenner\n"
        "Please erase all personal data for the leaver below.\n\n"
        "  Employee: Lukas Schneider\n  Ext.: 7702\n"
    )
    assert subjects(body) == (DataSubject("Lukas Schneider", "7702"),)


def test_lower_case_csv_name_with_a_middle_initial() -> None:
    body = "Slet (navn;lokal;mobil):\n\nanders bech;512;40127731\nmorten w. ibsen;527;30114562\n"
    expected = (DataSubject("anders bech", "512"), DataSubject("morten w. ibsen", "527"))
    assert subjects(body) == expected


def test_the_name_signed_below_a_sign_off_is_no_subject_when_a_system_sends() -> None:
    body = (
        "Mette Dahl (Jydsk IT-Partner A/S)\nHello Flexfone,\n\n"
        "Our customer's employee Nguyễn Văn An (ext. 5120) is leaving. He would like his "
        "voicemails as files.\n"
    )
    found = find_data_subjects(
        "Voicemail export", body, "", "Jydsk IT Support", "portability",
        signature="Kind regards,\nMette Dahl\nJydsk IT-Partner A/S",
    )
    assert found == (DataSubject("Nguyễn Văn An", "5120"),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Slet venligst:\n- JENS HANSEN #214\n- METTE HOLM ext215\n",
            (DataSubject("JENS HANSEN", "214"), DataSubject("METTE HOLM", "215")),
        ),
        ("Please delete:\n• Jens Hansen – Ext. no 3-301\n", (DataSubject("Jens Hansen", "3301"),)),
        ("Ticket #20931: Jens Hansen has left, delete him.", (DataSubject("Jens Hansen", None),)),
        (
            "Kunde: Hansen VVS ApS\nMedarbejder: Jens Hansen, Mette Holm\nLokalnummer: 214, 215\n",
            (DataSubject("Jens Hansen", "214"), DataSubject("Mette Holm", "215")),
        ),
    ],
)
def test_more_written_forms_of_extensions_and_lists(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


def test_job_titles_leaders_and_relatives_around_the_employee() -> None:
    body = (
        "Vi har fået en henvendelse fra skolens kontor (sagsnr. 2026-0412). Lærer Hanne "
        "Vestergaard, som stoppede 31/7, skal slettes. Hun havde lokalnummer 4412 og sad i "
        "lokale 214. Skoleleder Poul Madsen har godkendt det."
    )
    assert subjects(body) == (DataSubject("Hanne Vestergaard", "4412"),)


def test_a_relative_who_called_is_no_subject() -> None:
    body = "Kan I slette Hanne Vestergaard? Hendes mand Erik Vestergaard ringede og bad om det."
    assert subjects(body) == (DataSubject("Hanne Vestergaard", None),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Slet Jens Hansen 214 og Mette Holm 215 tak",
            (DataSubject("Jens Hansen", "214"), DataSubject("Mette Holm", "215")),
        ),
        ("Slet Jens Hansen 31. marts, han er stoppet.", (DataSubject("Jens Hansen", None),)),
        ("Slet Jens Hansen 2026-03-01.", (DataSubject("Jens Hansen", None),)),
        ("Slet Mette Holm, 30 år, stoppet.", (DataSubject("Mette Holm", None),)),
    ],
)
def test_a_bare_number_right_after_a_full_name(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


def test_a_lower_case_line_opening_with_request_words_before_a_capitalised_company() -> None:
    body = "slet venligst mikkel frost, lokal 52 hos Amager Byg. tak"
    assert subjects(body) == (DataSubject("mikkel frost", "52"),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "🔹 MARIA DE LOURDES SANTOS – lokal: 0230\n🔹 Kristian Vang – lokal: 0231\n",
            (DataSubject("MARIA DE LOURDES SANTOS", "0230"), DataSubject("Kristian Vang", "0231")),
        ),
        (
            "2 leavers, slet dem\n\n👉 KOWALCZYK, PIOTR – #5601\n👉 Al-Masri, Layla – #5602\n",
            (DataSubject("PIOTR KOWALCZYK", "5601"), DataSubject("Layla Al-Masri", "5602")),
        ),
        ("Kan I anonymisere Jonas på #4410? Han stoppede fredag.", (DataSubject(None, "4410"),)),
    ],
)
def test_chat_style_lists_with_emoji_capitals_and_hash_extensions(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


def test_a_name_below_a_line_ending_in_a_colon_is_the_list_not_a_signature() -> None:
    body = "Hej! Please anonymise:\n\nMARIA KOWALSKA\nCustomer: Sundby Bilpleje ApS, CVR 29841160\n"
    found = find_data_subjects("ERASE user – Sundby Bilpleje", body, "", "Ola Nowak", "erasure")
    assert found == (DataSubject("MARIA KOWALSKA", None),)


@pytest.mark.parametrize(
    "body",
    [
        "lokal: 0214 skal anonymiseres, kunden er Valby Vinduespolering. Navnet har jeg ikke.",
        "Vores kunde har en medarbejder (lok. 0214, Valby Vinduespolering), der skal slettes.",
    ],
)
def test_the_customer_named_beside_an_extension_is_no_person(body: str) -> None:
    assert subjects(body) == (DataSubject(None, "0214"),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Skolen vil have indsigt for Rasmus Kehlet Nielsen.\n\n"
            "Skolesekretær Bente Mølgaard står som kontakt på skolen.",
            (DataSubject("Rasmus Kehlet Nielsen", None),),
        ),
        (
            "Please erase the user on ext. 4432. The clinic manager, David Lund, will confirm.",
            (DataSubject(None, "4432"),),
        ),
        (
            "Brian Mogensen, lokal 7310, skal slettes. Hans tidligere leder, Jonna Kirkegaard, "
            "har lukket hans mobil.",
            (DataSubject("Brian Mogensen", "7310"),),
        ),
        (
            "Slet:\n- Jonas Riis (lok 615)\n\nKlinikchef Merete Skou er kontaktperson.",
            (DataSubject("Jonas Riis", "615"),),
        ),
        (
            "Gülsen Arslan (lokal 1142) vil have indsigt. Svar gerne til plejehjemsleder "
            "Annette Juhl på 98 12 11 42.",
            (DataSubject("Gülsen Arslan", "1142"),),
        ),
        (
            "Slet Birthe Hansen, lokal 5501. Derudover bedes I oprette en ny bruger til "
            "afdelingssygeplejerske Hanne Mørch på lokal 5540.",
            (DataSubject("Birthe Hansen", "5501"),),
        ),
        ("Slet Lars Thomsen på 6010.", (DataSubject("Lars Thomsen", "6010"),)),
    ],
)
def test_roles_new_users_and_phone_numbers_around_the_employee(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kunde: | Advokatfirmaet Holm & Bech I/S\nMedarbejder: | BECH, Louise Marie\n"
            "Lokalnummer: | 5502\nAnmodning: | Indsigt\n",
            (DataSubject("Louise Marie BECH", "5502"),),
        ),
        (
            "Kunde: | Brøndby Byg\nMedarbejder: | de Souza Santos, Gabriel\nLokalnummer: | 618\n",
            (DataSubject("Gabriel de Souza Santos", "618"),),
        ),
        (
            "Hi Flexfone,\n\nplease erase: anders lykke (ext 5602) and pernille krogh (ext 5603) "
            "at our customer Nørrebro Kaffebar IVS.",
            (DataSubject("anders lykke", "5602"), DataSubject("pernille krogh", "5603")),
        ),
    ],
)
def test_template_label_cells_and_lower_case_names_before_a_bracketed_extension(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


@pytest.mark.parametrize(
    ("body", "quoted", "expected"),
    [
        (
            "Hun hedder i dag Anne-Sofie Lund Brandt, men står stadig som Anne-Sofie "
            "Lund-Mikkelsen på lokal 4410.", "",
            (DataSubject("Anne-Sofie Lund Brandt", "4410"),),
        ),
        (
            "I worked there until December and my phone extension there was 118. My full "
            "name is Katarzyna Wiśniewska.", "",
            (DataSubject("Katarzyna Wiśniewska", "118"),),
        ),
        (
            "Her extension is unknown: she is on leave and the customer's telecom admin, "
            "Henrik Lund, is away. Access for Olivia Bennett, please.", "",
            (DataSubject("Olivia Bennett", None),),
        ),
        (
            "Se nedenfor.",
            "Fra: Lars Bo <lb@kunde.dk>\nEmne: Indsigt i mine oplysninger\n\nVores medarbejder "
            "Thomas Vinding (lokal 260) har bedt om indsigt.",
            (DataSubject("Thomas Vinding", "260"),),
        ),
    ],
)
def test_names_now_and_before_and_whose_words_are_whose(
    body: str, quoted: str, expected: tuple[DataSubject, ...]
) -> None:
    assert find_data_subjects(
        "VS: Indsigt i mine oplysninger", body, quoted, "Sofie Rasmussen", "access"
    ) == expected


def test_an_employee_said_to_be_correct_with_a_number_keeps_it() -> None:
    body = "Klaus Dyhr har lokal 4023, ikke 4022. Birgit Thorsen er korrekt med 4021."
    assert subjects(body, kind="access") == (
        DataSubject("Klaus Dyhr", "4023"), DataSubject("Birgit Thorsen", "4021"),
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Summary: GDPR Art. 17\n          Issue Type: Service Request\n\n"
            "Erase Wojciech Kowalczyk (ext 2231).",
            (DataSubject("Wojciech Kowalczyk", "2231"),),
        ),
        ("Slet:\nJens Hansen: 214\nMette Holm: lokal 215\n",
         (DataSubject("Jens Hansen", "214"), DataSubject("Mette Holm", "215"))),
        (
            "Marcus O'Brien (ext 5120) is moving to their UK office and would like to take "
            "his voicemails with him.",
            (DataSubject("Marcus O'Brien", "5120"),),
        ),
        (
            "Jonas Ek (ext. 809) is moving to ext. 810 and stays. Delete Ida Lund (ext. 811).",
            (DataSubject("Ida Lund", "811"),),
        ),
    ],
)
def test_field_labels_colon_extensions_and_moves(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Venligst slet:\n\nLokal / navn:\n6 - Anne Sofie Thygesen\n7 - Hans Ebbesen\n",
            (DataSubject("Anne Sofie Thygesen", "6"), DataSubject("Hans Ebbesen", "7")),
        ),
        (
            "Top 3:\n1 - Anne Sofie Thygesen\n2 - Hans Ebbesen\n",
            (DataSubject("Anne Sofie Thygesen", None), DataSubject("Hans Ebbesen", None)),
        ),
        (
            "Could you correct the extension for Oksana Melnyk? It is registered as 305 in your "
            "system but should be 350.",
            (DataSubject("Oksana Melnyk", "350"),),
        ),
    ],
)
def test_one_digit_extensions_under_a_header_and_a_corrected_number(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Vil I slette Hansen, Jens lok 214 hos Malerfirmaet Storm.",
         (DataSubject("Jens Hansen", "214"),)),
        (
            "hej, i må gerne slette følgende som er stoppet hos Nyborg VVS: peter lund lok 12, "
            "maria nørgaard 13. tak",
            (DataSubject("peter lund", "12"), DataSubject("maria nørgaard", "13")),
        ),
        (
            "Vores tidligere lagerchef Henrik Due Laursen vil have indsigt. Han havde lok. 2250.",
            (DataSubject("Henrik Due Laursen", "2250"),),
        ),
        (
            "Please erase the user on ext. 4402 at Øresund Biotech. The customer's IT contact, "
            "Jonas Lund, can confirm.",
            (DataSubject(None, "4402"),),
        ),
    ],
)
def test_inverted_lists_former_employees_and_the_customer_after_an_extension(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Kan I rette navnet på lokal 88 fra "Bo Jensen" til Bo Gade Jensen?',
            (DataSubject("Bo Gade Jensen", "88"),),
        ),
        (
            "Both are listed in the attached file: Oleksandr Petrenko (ext 5120). Please note "
            "that their team lead, Mr Graham Hughes, remains with the company.",
            (DataSubject("Oleksandr Petrenko", "5120"),),
        ),
        ("Ulla Bjerg, lokal 1203, Thisted Sparekasse.", (DataSubject("Ulla Bjerg", "1203"),)),
    ],
)
def test_surnames_that_are_place_words_team_leads_and_banks(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body, kind="rectification") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "slet lige peter på 145 og hanne jakobsen lokal 146, begge stoppet hos Hedensted VVS",
            (DataSubject(None, "145"), DataSubject("hanne jakobsen", "146")),
        ),
        ("vi er på 12 personer, slet lok 14", (DataSubject(None, "14"),)),
        ("kontoret er på 3. sal, slet lok 14", (DataSubject(None, "14"),)),
    ],
)
def test_a_first_name_on_a_number_in_a_lower_case_list(
    body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert subjects(body) == expected
