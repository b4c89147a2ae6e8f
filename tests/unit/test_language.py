"""Language of the request: function words, Danish letters, default Danish."""

import pytest

from parsers.language import detect_language, read_lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hej, vi vil gerne have slettet en medarbejder hos vores kunde.", "da"),
        ("Kan I sende en kopi af hendes oplysninger?", "da"),
        ("Please erase the employee and confirm when it is done.", "en"),
        ("Hi, could you send us a copy of the data you hold about him?", "en"),
        # Danish names in an English mail do not make it Danish.
        ("Søren Bækgård Østergaard (ext. 12) would like a copy of his voicemails.", "en"),
        # Mixed: English request with a Danish greeting line.
        ("Hej\nWe would like to unsubscribe from the newsletter, thank you.", "en"),
        # Danish request with an English phrase in it.
        ("Hej, medarbejderen har sendt en 'subject access request' til os. Kan I hjælpe?", "da"),
        ("", "da"),
        ("12345 67 89", "da"),
        ("Indsigt", "da"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_non_string_defaults_to_danish() -> None:
    assert detect_language(None) == "da"  # type: ignore[arg-type]


def test_lexicon_is_data_with_comments() -> None:
    words = read_lexicon("language_da")
    assert "og" in words
    assert not any(word.startswith("#") for word in words)
    assert read_lexicon("no_such_list") == ()


def test_swedish_lines_leave_the_english_part_to_decide() -> None:
    text = (
        "Jag är på semester till och med måndag och läser inte min e-post.\n"
        "I am on holiday until Monday and do not read my e-mail.\n"
    )
    assert detect_language(text) == "en"


def test_norwegian_or_danish_lines_stay_danish() -> None:
    assert detect_language("Jeg er på ferie til og med mandag og har ikke adgang til mail.") == "da"


def test_swedish_alone_is_answered_in_danish() -> None:
    text = (
        "Hej! Jag är tjänstledig och kommer tillbaka den 4 maj. "
        "Vid brådskande ärenden kontakta Eva."
    )
    assert detect_language(text) == "da"


def test_german_alone_is_answered_in_english() -> None:
    text = (
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 12. Mai nicht im Büro und habe "
        "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Tom."
    )
    assert detect_language(text) == "en"


def test_a_danish_line_with_one_german_looking_word_stays_danish() -> None:
    assert detect_language("Kan I slette Jens Müller på lokal 214? Han er stoppet.") == "da"


def test_abbreviations_in_capitals_are_no_english_words() -> None:
    text = "Sletning: Malene Krogh lok 515\nVh Lene Sørensen\nVestkystens IT-Service\nTlf 97 32 10"
    assert detect_language(text) == "da"


def test_a_mail_all_in_capitals_is_still_read() -> None:
    assert detect_language("PLEASE DELETE THE USER ON EXT 214, HE HAS LEFT THE COMPANY") == "en"


def test_an_english_request_using_the_danish_terms() -> None:
    text = ("Access request x2\nHi,\n\npls provide indsigt for these two at Tårnby Byggemarked:"
            "\n\n- Wojciech Zieliński (lokal 2501)\n- Hoang Van Minh (lokal 2502)\n\nThx")
    assert detect_language(text) == "en"


def test_a_danish_request_with_english_words_stays_danish() -> None:
    text = ("Leaver - Ngoc Anh Tran\nHej Flexfone\n\nKunden har en leaver: Ngoc Anh Tran, lok "
            "4150. Please delete asap – hun er stoppet pr. 1/3.\n\nThanks!")
    assert detect_language(text) == "da"
