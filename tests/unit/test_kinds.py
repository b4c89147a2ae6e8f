"""Request kind: weighted word lists in Danish and English, with traps."""

import pytest

from parsers.kinds import classify_kind


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        ("Slet bruger", "Kan I slette Jens Hansen på lokal 20? Han er stoppet.", "erasure"),
        ("", "Medarbejderen ønsker at blive glemt, så anonymiser ham venligst.", "erasure"),
        ("", "Vi beder om sletning af hans bruger, lokal 31.", "erasure"),
        ("Erasure", "Please anonymise her user (ext. 44), she has left.", "erasure"),
        ("", "He has asked to be forgotten. Please delete his data, ext. 12.", "erasure"),
        ("Indsigtsanmodning", "Medarbejderen beder om at se sine oplysninger.", "access"),
        ("", "Hun ønsker indsigt i, hvilke oplysninger I har om hende (lokal 22).", "access"),
        ("", "She made a subject access request: please send the data you hold on her.", "access"),
        (
            "",
            "Hans navn står forkert. Kan I rette navnet til Jens Holm? Lokal 12.",
            "rectification",
        ),
        ("Berigtigelse", "Hendes afdeling er forkert i telefonbogen.", "rectification"),
        (
            "",
            "His job title is wrong in the directory, please correct it (ext. 9).",
            "rectification",
        ),
        ("", "Hun vil gerne have sine voicemails og optagede samtaler med sig.", "portability"),
        ("", "He wants his recorded calls and voicemails in a portable format.", "portability"),
        ("Dataportabilitet", "Medarbejderen på lokal 4 ønsker sine data.", "portability"),
        ("", "Han gør indsigelse mod, at hans opkald optages.", "objection"),
        ("", "She objects to her calls being used for statistics (ext. 8).", "objection"),
        ("Afmeld nyhedsbrev", "Vi ønsker ikke flere nyhedsbreve.", "marketing_optout"),
        ("", "Please unsubscribe us from all marketing e-mails.", "marketing_optout"),
        ("", "Vil I stoppe med at sende tilbud og kampagnemails?", "marketing_optout"),
    ],
)
def test_request_words(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        ("Artikel 17", "Medarbejderen Jens Holm, lokal 2, henviser til artikel 17.", "erasure"),
        ("", "Vi anmoder om indsigt jf. art. 15 for hende.", "access"),
        ("", "Under GDPR article 20 he wants his data, ext. 5.", "portability"),
        ("", "Hun henviser til art. 21 i forordningen.", "objection"),
    ],
)
def test_article_references(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


def test_newsletter_opt_out_is_not_erasure() -> None:
    text = "Fjern os fra jeres lister og afmeld nyhedsbrevet for alle adresser."
    assert classify_kind("Afmeld", text, "") == "marketing_optout"


def test_number_porting_is_not_data_portability() -> None:
    text = "Kunden ønsker nummerportering af hovednummeret til en anden operatør."
    assert classify_kind("Portering af numre", text, "") == "other"
    assert (
        classify_kind("Number porting", "We want to port our numbers to another operator.", "")
        == "other"
    )


def test_disclaimer_asking_to_delete_the_mail_is_not_erasure() -> None:
    text = (
        "Kan I oplyse åbningstiderne?\n\nHvis du har modtaget denne e-mail ved en fejl, "
        "bedes du slette e-mailen. If received in error, delete it from your system."
    )
    assert classify_kind("Spørgsmål", text, "") == "other"


def test_english_disclaimer_notify_and_delete_is_not_erasure() -> None:
    text = (
        "Could you send us the current data processing agreement?\n\nThis e-mail is "
        "confidential. If you have received it in error, please notify the sender and delete it."
    )
    assert classify_kind("DPA", text, "") == "other"


def test_forgot_password_is_not_erasure() -> None:
    assert classify_kind("PIN", "De har glemt PIN-koden til hovednummeret.", "") == "other"


def test_forwarded_request_counts_below_see_below() -> None:
    quoted = "Hej\nKaren Holm, lokal 33, ønsker indsigt i sine oplysninger."
    assert classify_kind("VS: Henvendelse", "Se nedenfor.", quoted) == "access"


@pytest.mark.parametrize(
    "closing",
    [
        "Den gamle sag nedenfor om Birgitte er afsluttet, tak for det.",
        "The old case below is closed, thanks for that.",
    ],
)
def test_a_finished_matter_below_does_not_lift_the_quoted_request(closing: str) -> None:
    quoted = "Hej\nKunden vil have Birgitte Lund, lokal 2274, slettet og anonymiseret."
    new_text = f"Ny sag: de vil have indsigt for Jakob Holst, lokal 2290.\n\n{closing}"
    assert classify_kind("Re: Sletning Birgitte Lund", new_text, quoted) == "access"
    assert classify_kind("VS: Henvendelse", "Se nedenfor.", quoted) == "erasure"


def test_asking_what_porting_deletes_is_no_request() -> None:
    text = ("We have a customer who wants to port 4 of their numbers to another operator. What do"
            " you need to start the nummerportering, and will the voicemail greetings on those "
            "numbers be deleted when they leave Flexfone?\n\nBest,\nAoife\n\nAoife Brennan")
    assert classify_kind("Number porting", text, "") == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kan I nulstille voicemail-koden for lok 220 hos Bech Revision? Medarbejderen siger at"
         " den ikke virker.", "other"),
        ("Please export the voicemails of Amir Haddad, ext. 744. His voicemail PIN is 4471 in "
         "case you need it.", "portability"),
    ],
)
def test_a_voicemail_code_to_reset_is_no_request_for_the_voicemails(
    text: str, expected: str
) -> None:
    assert classify_kind("Voicemail", text, "") == expected


def test_quoted_text_weighs_less_than_new_text() -> None:
    quoted = "Han vil gerne have indsigt i sine data."
    new_text = "Han ønsker nu i stedet at blive slettet og anonymiseret."
    assert classify_kind("", new_text, quoted) == "erasure"


def test_attachment_text_counts() -> None:
    assert (
        classify_kind("Anmodning", "Se vedhæftede.", "", "Jeg ønsker indsigt i mine data.")
        == "access"
    )


def test_general_question_without_a_person_is_other() -> None:
    text = "How long do you keep call recordings, and can customers download recordings?"
    assert classify_kind("Question", text, "") == "other"


@pytest.mark.parametrize(
    "text",
    ["Kan I kreditere fakturaen?", "Please create a new user for our customer.", "", "12 34"],
)
def test_no_request_is_other(text: str) -> None:
    assert classify_kind("", text, "") == "other"


def test_bad_input_never_raises() -> None:
    assert classify_kind(None, None, None) == "other"  # type: ignore[arg-type]


def test_intern_cue_points_at_a_person() -> None:
    text = "Kan I slette Ib Dal, intern 31, hos Grenaa Havn?"
    assert classify_kind("Sletning", text, "") == "erasure"


@pytest.mark.parametrize(
    "new_text",
    [
        "Hvad har I gemt om hende? Hun har lokal 12.",
        "Hvilke data har I om ham, lokal 40?",
        "Kan I fortælle, hvad I ligger inde med om hende?",
        "What data do you hold on her (ext 4)?",
        "Could you tell us what you have stored about him?",
        "What personal data do you have about her?",
        "Do you hold any data on him, ext 7?",
    ],
)
def test_access_asked_as_a_question(new_text: str) -> None:
    assert classify_kind("", new_text, "") == "access"


@pytest.mark.parametrize(
    "new_text",
    [
        "Må vi se, hvad I har registreret om vores kollega Ida?",
        "Kan I give os indsigt i, hvad I har om kundens chauffør Bo?",
        "Could you tell us what information you keep on our colleague Tom?",
        "Which data do you hold on the customer's salesperson Eva?",
    ],
)
def test_job_title_points_at_a_person(new_text: str) -> None:
    assert classify_kind("", new_text, "") == "access"


def test_general_data_question_without_a_person_stays_other() -> None:
    assert classify_kind("", "What data do you hold about calls in general?", "") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Kunden har kun 12 brugere efter de to fratrådte (lok 56 og 57) er anonymiseret.",
        "Et spørgsmål: kan jeg selv slette en bruger i portalen?",
        "The two users on ext. 56 and 57 were deleted last month, please credit the invoice.",
        "How long do you keep call records after a user is deleted? Is that documented?",
        "Hvor længe gemmer I opkaldslister, når en bruger slettes?",
        "Skal vi selv føre fortegnelse over de sletninger, I laver for os?",
    ],
)
def test_deletions_done_or_self_service_are_no_erasure_request(text: str) -> None:
    assert classify_kind("Faktura", text, "") == "other"


def test_a_name_in_the_subject_line_is_a_person_cue() -> None:
    assert classify_kind("Sletning Ole Bjerre", "", "") == "erasure"


def test_a_new_request_in_an_old_thread_outweighs_the_thread() -> None:
    new = "Nu har vi en ny: Søren Dam, lokal 14, vil have indsigt i de oplysninger I har om ham."
    quoted = "> Vi har anonymiseret Louise Winther (lokal 12).\n> Kan I anonymisere Louise Winther?"
    assert classify_kind("Re: Anonymisering", new, quoted) == "access"


def test_a_correction_of_ones_own_mail_keeps_the_threads_request() -> None:
    new = "Undskyld, forkert lokalnummer i min mail. Det er 3070 og ikke 307."
    assert classify_kind("Re: Sletning", new, "> Slet venligst lok 307 Jens Hansen") == "erasure"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Sletning af mine optagede samtaler", "Jeg vil have slettet alle optagelser om mig."),
        ("Leaver", "Please delete the recordings and voicemails of ext 214, she has left."),
    ],
)
def test_deleting_recordings_is_erasure_not_portability(subject: str, text: str) -> None:
    assert classify_kind(subject, text, "") == "erasure"


@pytest.mark.parametrize(
    "text",
    [
        "Kunden spørger, hvor længe Flexfone gemmer opkaldslister for medarbejdere, efter de "
        "er slettet/anonymiseret.",
        "The customer asks how long you keep call detail records, voicemails and call "
        "recordings after an employee has been removed.",
        "Please confirm whether call recordings and voicemails are stored within the EU.",
        "Could you tell me how long recorded calls and voicemails are kept, and whether we "
        "can have recordings of funeral arrangements deleted sooner?",
        "Vi vil gerne vide, hvor længe optagelser af samtaler og voicemails gemmes hos jer.",
    ],
)
def test_a_question_about_how_data_is_kept_is_other(text: str) -> None:
    assert classify_kind("Question", text, "") == "other"


def test_a_request_after_a_retention_question_still_counts() -> None:
    text = ("Hvor længe voicemails gemmes, vil vi gerne vide. Send venligst Jens Hansens "
            "voicemails (lok 214) til os.")
    assert classify_kind("Voicemails", text, "") == "portability"


def test_first_names_alone_are_someone_to_erase() -> None:
    text = "Hej. Ana og Mihai er stoppet, vil I slette dem fra telefonen. Tak"
    assert classify_kind("Slet", text, "") == "erasure"


def test_a_request_beside_a_policy_question_still_counts() -> None:
    text = "Slet venligst Jens Hansen, lokal 214. Hvor længe gemmer I i øvrigt opkaldslister?"
    assert classify_kind("Sletning", text, "") == "erasure"


def test_a_new_surname_to_register_is_rectification() -> None:
    text = "Kirsten Bach har fået nyt efternavn og hedder nu Kirsten Bach Mikkelsen."
    assert classify_kind("Navn", text, "") == "rectification"


def test_leavers_point_at_persons() -> None:
    assert classify_kind("leavers", "2 leavers hos Holmgaard, anonymiser venligst", "") == "erasure"


def test_take_me_off_the_partner_newsletter_list_is_marketing_optout() -> None:
    new = "Hej, tag venligst mig og support@firma.dk af listen til partnernyhedsbrevet. Tak!"
    quoted = "> GDPR: Sådan sletter/anonymiserer du en fratrådt medarbejder i portalen."
    assert classify_kind("SV: Flexfone Partnernyt", new, quoted) == "marketing_optout"


def test_asking_whether_leavers_were_anonymised_is_no_erasure_request() -> None:
    new = "A customer's auditor (see below) asks for your databehandleraftale."
    quoted = "> Could you also confirm that Anna Brandt and the other leavers were anonymised?"
    assert classify_kind("Re: ISAE 3000", new, quoted) == "other"


def test_an_invoice_for_a_deleted_employee_is_no_erasure_request() -> None:
    text = "Vi har fået en faktura for Jesper Winther på lok 712. Han blev slettet i januar."
    assert classify_kind("Faktura for slettet medarbejder??", text, "") == "other"


def test_personal_data_removed_is_erasure() -> None:
    text = "We would like all personal data about them removed: Mark Jensen, extension 560."
    assert classify_kind("Removal of former employees from your systems", text, "") == "erasure"


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        ("Rettelse af e-mail", "Ret venligst e-mailadressen for Thomas Brink (lok 3030).",
         "rectification"),
        ("Remove 2 users", "Hi, please remove Oleksandr Shevchenko ext 731.", "erasure"),
    ],
)
def test_more_request_verbs(subject: str, text: str, kind: str) -> None:
    assert classify_kind(subject, text, "") == kind


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        (
            "Please erase and anonymise Tomasz Nowak, ext. 214, he has left. Also, Olena "
            "Kovalenko (ext. 215) has made an access request: please send a copy of the "
            "data you hold on her.",
            "erasure",
        ),
        (
            "Olena Kovalenko (ext. 215) has made an access request: please send a copy of "
            "the data you hold on her. Also please erase and anonymise Tomasz Nowak, ext. "
            "214, he has left.",
            "access",
        ),
        (
            "Kim Lykke, lok 31, er stoppet. Først skal hans voicemails og optagede samtaler "
            "udleveres til ham, derefter skal I slette og anonymisere ham.",
            "portability",
        ),
    ],
)
def test_two_requests_in_one_mail_take_the_first(new_text: str, expected: str) -> None:
    assert classify_kind("GDPR", new_text, "") == expected


def test_topic_words_of_an_objection_are_no_second_request() -> None:
    text = (
        "Yusuf Demir, intern 31, gør indsigelse mod optagelse af hans samtaler. Han vil "
        "ikke optages: slå optagelse fra for ham, jf. art. 21."
    )
    assert classify_kind("Optagelse af samtaler", text, "") == "objection"
