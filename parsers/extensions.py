"""Extensions (lokalnumre) in request text: 2-6 digits after a cue or in a table row
(one digit only right after a cue: "lokal 9").

Cues are "lokal", "lok.nr.", "ext.", "intern" and their kin; "(214)" right
after a name and the last cell of a table row count too. Phone, CVR, order and
invoice numbers, dates and times have no cue and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.letters import LOWER, PARTICLE, UPPER
from parsers.lexicon import (
    NOT_NAME_LISTS,
    TOKEN,
    PhraseBook,
    given_names,
    read_book,
    read_word_sets,
    tokenize,
)

CUE = (
    r"(?:lokal(?:nummer(?:et)?|numer(?:et)?|numre(?:ne)?|nr\.?)?|lok\.?\s?nr\.?|lok\.?|ext\.?"
    r"|extensions?"  # (also the typo "lokalnumer")
    r"|lok(?:al)?-nr\.?|loakl(?:nr\.?|nummer)?|lokla(?:nr\.?|nummer)?"  # "lokal-nr", "loaklnr",
    r"|exten[ts]ion|extenstion|extnesion"  # "Extention 7781", "extenstion 3345" (typed fast;
    # "ekst. 0561" spelt the Danish way below)
    r"|x\.(?=[ \t]?\d{2})"  # "x. 5502"
    r"|extn\.?|ekst(?:ension(?:en)?)?\.?|internnummer(?:et)?|internnr\.?|anknytning(?:snummer|en)?|ankn?\.?|intern|internal"
    r"|local|linje|apparat|durchwahl(?:nummer)?|nebenstelle(?:nnummer)?|x(?=\.?\d{2})"
    r"|(?<!\d[ \t])x(?=[ \t]\d{2,6}(?!\d|[.,]\d))"  # "Emma Lindahl, x 3302" (not "2 x 100")
    r"|nst\.?(?=[ \t]*\d)"  # German short form of "Nebenstelle": "NSt. 3301"
    r"|kortnummer(?:et)?|kort[ \t]nummer(?:et)?|kort[ \t]?nr\.?|genvejsnummer(?:et)?"
    r"|internt[ \t]nummer|short[ \t](?:number|code|dial)"
    # machine translations of "lokalnummer" and "extension": "lokalt nummer 5520",
    # "udvidelse 3012", "premises number 1044"
    r"|lokalt[ \t]nummer(?:et)?|udvidelse(?:snummer|n)?|premises[ \t]number"
    # the extension described by a writer who does not know the word: "det korte nummer",
    # "hendes lille nummer", "det interne nr.", "short number", "internal number"
    r"|korte[ \t]+(?:nummer(?:et)?|nr\.?)|lille[ \t]+nummer|interne[ \t]+(?:nummer|nr\.?)"
    r"|short[ \t]+numbers?|internal[ \t]+numbers?"
    r"|lokale[ \t]+(?:nummer(?:et)?|nr\.?)(?=[ \t]*[:.]?[ \t]*\d)"  # "lokale nummer 4410"
    # the Italian, Spanish, Dutch and French words in a customer's quoted mail: "interno
    # 117", "extensión 4402", "toestel 1187", "poste 880"
    r"|interno|extensión|toestel|poste(?=[ \t]*\d)"
    # a line's number by what it rings: "app-nummeret 2520", "bordnummer 455", "deler
    # receptionsnummeret 250 med Karen Holt"
    r"|(?:app|softphone|bord|desk|receptions?|kø)-?nummer(?:et)?)"
    r"(?:[ \t]+(?:nr\.?|no\.?|nummer(?:et)?|number))?"  # (also "lokal nummeret", written apart)
    # (Swedish and Norwegian "anknytning", "internnummer"; "linje 22", "apparat 52"; German
    # "Durchwahl 4412", "Nebenstelle 8803"; a mobile user's "kortnummer 402", "genvejsnummer
    # 5521", "short code 2209": the short number that is a mobile-only user's extension)
)
EXTENSION = re.compile(
    rf"(?:(?<![\w-]){CUE}(?:[ \t]*\((?i:{CUE})\))?"  # "Extension (lokalnummer): 4410"
    rf"[ \t]*[:.–—]?[ \t]*(?:\n[ \t]*)?(?:#|\((?=\d{{2,6}}\))|-(?=\d{{2,6}}\b))?"  # "lok (214)",
    # "Durchwahl -214"
    r"|(?<![\w-])(?:på|on|at)[ \t]+#)"
    r"(?:(?:er|is|was|var|are|were)[ \t]+(?:(?:uændret|unchanged|stadig|fortsat|still)[ \t]+)?)?"
    r"(\d{2,6}|\d-\d{3}(?![\d-])"  # "Ext. no 3-301"; "Lokalnummeret er uændret 605"
    r"|\d(?=[ \t]*(?:[),;\n?!]|\.(?!\d)|$|[ \t]+[^\W\d]|[ \t]+[-–—][ \t])))"
    r"(?![\d-]|[.,–—]\d|[ \t]\d{4}[ \t]\d{4}|[ \t]\d{2}[ \t]\d{2}[ \t]\d{2}\b)",  # (not a card's
    re.IGNORECASE,  # or phone number's first group: "kortnummer 4571 9412 3456 7895",
)  # "short code: 24 40 18 77")
NUMBER_ON_SWITCHBOARD = re.compile(  # the number told by where it rings or what it is
    # after it: "Karin Due - nr. 23 på omstillingen", "Han har nummer 33 på omstillingen",
    # "havde 3340 som kort nummer", "on 214 on the switchboard"
    r"(?<![\w.,+/-])(?<!\d[ \t])(?:(?i:nr\.?|nummer|number|no\.?)[ \t]*)?(\d{2,6})"
    r"(?![\d.,/-]?\d)(?=[ \t]+(?i:på[ \t]+(?:(?:deres|hans|hendes|vores|kundens)[ \t]+)?"
    r"omstilling(?:en)?|i[ \t]+omstillingen|on[ \t]+the[ \t]+switchboard"
    r"|som[ \t]+(?:kort|korte|internt?|lokalt?)[ \t]+(?:nummer|nr)|as[ \t]+(?:a[ \t]+|his[ \t]+"
    r"|her[ \t]+|their[ \t]+)?(?:short|internal)[ \t]+number)\b)"
)
EXTENSION_LATER = re.compile(
    r"(?<![\w-])(?:lokalnummer(?:et)?|lokalnr|extension|durchwahl|nebenstelle"
    r"|(?:korte|lille|interne)[ \t]+nummer|short[ \t]+number|internal[ \t]+number"
    r"|number[ \t]+you[ \t]+dial|nummer[ \t]+man[ \t]+ringer|nummer[ \t]+på[ \t]+omstillingen"
    r"|number[ \t]+on[ \t]+the[ \t]+switchboard|på[ \t]+omstillingen(?=[ \t]+har[ \t]+(?:han|hun))"
    r"|internt)\b\.?"
    r"(?:(?:(?!mobil|hovednummer|telefon|phone|main number|direkte|direct)[^\n.?!]){1,80}?"
    r"(?:\b(?:er|is|var|was|hed|hedder|har[ \t]+(?:han|hun)|has|had)|\bit['’]s)[ \t]+"
    # "it's 1207", "et lokalnummer der hed 87", not "... men hans mobil var 22"; also "er
    # iht. kunden 207", "internt har han 77"
    r"(?:(?:iht\.|ifølge|iflg\.|according to|jf\.)[ \t]+[^\W\d_]+[ \t]+)?"
    r"|(?:[ \t]+[^\W\d_]+){0,2}[ \t]*\()"  # "had a Flexfone extension there (342)"
    r"(\d{2,6})(?![\d-]|[ \t]\d{2}[ \t]?\d{2})",  # (not a phone number's first digits)
    re.IGNORECASE,
)
TABLE_ROW = re.compile(r"(?:[ \t]*[|;\t][ \t]*|[ \t]{2,})(\d{2,6})[ \t]*\|?[ \t]*$", re.MULTILINE)
AFTER_NAME = (
    re.compile(  # "Jens Hansen (214)", "Jens Hansen – 214" / "Jens Hansen 214" ending its line,
        # "Sune Bech (216 – Sune)": the number and the first name it is known by
        r"[ \t]*(?:\((\d{2,6})(?:[ \t]*[-–—][ \t]*[^\W\d_]+)?\)"
        r"|[ \t]*\((\d{3,6}),[ \t]*[^()\n]{1,40}\)"  # "Ole Thygesen (5102, kaldesignal T-12)"
        r"|(?:[-–—,:=][ \t]*|[ \t])#?(\d{2,6})[ \t]*(?:\([^()\n]*\)[ \t]*)?$"
        r"|,[ \t]*(\d{2,6})\.[ \t]*$"  # "... and finally Selam Gebreyesus, 6619."
        r"|[;|\t][ \t]*(\d{2,6})[ \t]*(?=[;|\t]|$|\([^()\n]*\)[ \t]*(?:[;|\t]|$))"  # "| 7734  (on
        # leave)", "Kenneth Brix; 455 (bord); 4550 (app)"
        r"|[ \t]+[-–—][ \t]*(\d{2,6})(?=[ \t]+(?:og|and|&)[ \t]+\d)"  # "Jonas Bech – 214 og 2140"
        r"|[ \t]+/[ \t]+(\d{2,6})[ \t]*(?=[;|\t]|$)"  # "| Birthe Lindholm Andersen / 301"
        r"|[ \t]+[-–—][ \t]*(\d{2,6})[ \t]+(?=[-–—|;])"  # "Hansen, Jonna - 8801 - ..."
        r"|[ \t]+[-–—][ \t]*(\d{2,6}):(?=[ \t])"  # "Hansen, Jens – 4021: navnet skal være"
        r"|[ \t]+[-–—][ \t]*(\d{2,6})[ \t]+(?=(?:er|is|har|has|skal|must|was|var|blev"
        r"|should|needs?|hos|ved|at)\b)"  # "Marek Dąbrowski – 5510 er fratrådt", "Jørgen
        # Lunde – 17 hos Aakirkeby Maskinstation"
        r"|,?[ \t]+#[ \t]?(\d{2,6})(?![\d\w])"  # "JENS HANSEN #214", "Ms. Joy Nnamdi, #2219"
        r"|[ \t]+(?i:nr\.?)[ \t]?(\d{2,6})(?!\d|[.,/-]\d|[\w-])"  # "ARNE BÆKGAARD NR 31"
        r"|[ \t]+[-–—][ \t]*(?i:nr\.?)[ \t]?(\d{2,6})(?![\d.,/-]?\d)(?=[ \t]*(?:$|[(;,]))"  # "Ole
        # Hansen - nr. 24"
        r"|[ \t]+\([^\W\d_]{2,15}\)[ \t]*[-–—:][ \t]*(\d{2,6})[ \t]*$)",  # "Sofie Lund (Fie) - 221"
        re.MULTILINE,
    )
)
NUMBER_JUST_BEFORE = re.compile(  # "erase ext 3302 Wojciech Kowalczyk and 3303 Olena Shevchenko",
    # "Slet bruger 4471 - Kasper Holm"
    rf"(?:(?<![\w-])(?i:{CUE}|bruger(?:en)?|user)[ \t]*[:.]?[ \t]*|(?:\band|\bog|,)[ \t]+)"
    rf"(\d{{2,6}})"
    r"(?:[ \t]*[-–—=:/|])?[ \t]+$"  # "... og 42 – Vibeke Hald", "ext. 7020 / Anna Bergström"
)
BRACKETED_BEFORE = re.compile(r"(?<![\w(])\((\d{2,6})\)[ \t]+$")  # "at (214) Jens Peter Thygesen"
NUMBER_OF_BEFORE = re.compile(  # "Her er lokalnummeret på Søren Frederiksen: 5530"
    r"(?i:\b(?:lokalnummer(?:et)?|lokalnr\.?|extension|ext\.?|anknytning(?:en)?"
    r"|internnummer(?:et)?|durchwahl|nebenstelle)[ \t]+(?:på|for|för|til|of|to|von|für)"
    r"(?:[ \t]+(?:fru|hr\.?|frau|herr|mr\.?|mrs\.?|ms\.?))?)[ \t]+$"
)  # ("Anknytningen för Annika", "Durchwahl von Frau Brandt")
NUMBER_OF_AFTER = re.compile(  # (also "... for Birgit Holm – det er 5127")
    r"[ \t]*(?::|er|är|is|ist|=|[–—-][ \t]*(?:det|it|sie)[ \t]+(?:er|is|ist))[ \t]*"
    r"(\d{2,6})(?!\d|[.,/-]\d)"
)
POSSESSIVES = frozenset(
    {"my", "his", "her", "their", "min", "mit", "mine", "hans", "hendes", "deres", "sin", "sit",
     "sine"}
)
OWNED_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(sorted(POSSESSIVES))}))[ \t]+$")
CUE_FIRST = re.compile(rf"(?i:{CUE})[ \t]*[:.]?[ \t]*\d")
NUMBER_RIGHT_AFTER = re.compile(rf"[ \t]*[,(]?[ \t]*(?i:{CUE})[ \t]*[:.]?[ \t]*\d")
NEXT_LINE = re.compile(  # a table cell per line: "Jens Hansen" then "214" alone on a later line
    r"[ \t]*\n(?:[ \t]*\n)*[ \t]*()(\d{2,6})[ \t]*$", re.MULTILINE
)
SERIES_NEXT = re.compile(  # "lokal 55 og 56", "ext. 55, 56 and 57", "lok. 55/56", and
    # "medarbejderen på lokalnummer 5310 og den på 5311"
    r"[ \t]*(?:,|/|&|\+|\bog\b|\band\b|\bsamt\b)[ \t]*(?:(?:og|and)[ \t]+)?"
    r"(?:(?:den|ham|hende|the one|him|her)[ \t]+(?:på|on|at)[ \t]+)?"
    r"(\d{2,6})(?![\d-]|[.,]\d|[ \t]\d{2}[ \t]?\d{2})"  # (not "x2101   +45 31 21 01 01")
    # not "612, og 617 er Rami Al-Khatib": that number has an owner of its own
    rf"(?![ \t]+(?:er|is|tilhører|belongs[ \t]+to|hører[ \t]+til)[ \t]+(?-i:[{UPPER}]))",
    re.IGNORECASE,
)
SERIES_NEXT_DIGIT = re.compile(
    r"[ \t]*(?:,|/|&|\+|\bog\b|\band\b|\bsamt\b)[ \t]*(\d)(?![\d.,:/-]|[ \t]*(?i:år|years?"
    r"|dage|days|timer|hours|uger|weeks|måneder|months|stk|kr|andre|others?|more|flere|mere"
    r"|til|to)\b)",
    re.IGNORECASE,
)
# "4410 er Vibeke Dalgaard", "Susanne Krogh er 5542": in a reply that pairs numbers and
# names already asked about; not "Jens er 45 år" (a unit follows)
OWN_EARLIER_NUMBER = re.compile(  # the writer's own earlier, wrong number
    r"(?i:\b(?:jeg|vi|i|we)[ \t]+(?:skrev|wrote|gav|gave|sendte|sent|oplyste))[ \t]+"
    r"(?:(?i:lok(?:al)?\.?|ext\.?|extension)[ \t]*)?$"
)
NUMBER_IS_NAME = re.compile(  # "lok 118 er Claus Riis", "14 skal være Hanne Steffensen"
    r"(?<![\w.,+-])(?<!\d[ \t])(\d{2,6})\)?[ \t]+(?:er|is|=|tilhører|belongs to|skal være"
    r"|should be|must be"  # (not "(CVR 35 12 87 44) er Louise Dahl": a number's last digits)
    r"|hedder nu|hedder|is now called|is called"  # "lokal 31 hedder nu Louise Kragh Abdi"
    r"|skal tilhøre|should belong to)[ \t]+$"
)
SAT_ON = r"(?:is|was|er|var|sits|sad|sidder)[ \t]+(?:on|på)"  # "is on 6621", "sad på 214"
NAME_IS_NUMBER = re.compile(  # also "Lars Thomsen på 6010" (not "på 12. marts") and
    # "Mikkel Due, han havde 3125" (not "han er 34": an age)
    r"(?:[ \t]*,[ \t]*(?:han|hun|he|she)[ \t]+(?:havde|har|had|has)"
    r"|,?[ \t]+(?:som|der|who)[ \t]+(?:havde|har|had|has|used)"  # "Karen Dahl som havde 38"
    r"|[ \t]+(?:er|is)[ \t]+(?:korrekt|rigtig|correct|right)[ \t]+(?:med|with|på|on|as)"
    rf"|[ \t]+{SAT_ON}"  # "Ewa Mazur is on 6621"
    r"|[ \t]+(?:er|is|har|has|får|gets|skal have|should get|should have"  # "så Anne-Sofie
    # Brix får 210 og Thomas Brix får 211"
    r"|(?:på|on)(?=[ \t]+\d{2,6}(?!\d|[.,]\d|[ \t]\d\d|\.?[ \t]*(?i:jan|feb|mar|apr|maj|jun|jul|aug"
    r"|sep|okt|nov|dec)))))[ \t]+(?:(?:nu|now|stadig|still|fortsat)[ \t]+)?(\d{2,6})"
    r"(?![\d-]|[.,]\d|[ \t]*(?:år|kr|dage|timer|måneder|years?|days?|hours?|months?|%|stk))",
    re.IGNORECASE,
)
CORRECTED_NUMBER = re.compile(
    r"(?<![\w-])(?:should be|should read|skal være|skal vaere|skal rettes til|is now|er nu"
    r"|the correct one is|den rigtige er|det rigtige er|korrekt er)[ \t]+(\d{2,6})"
    r"(?!\d|[.,-]\d|[ \t]\d\d(?:[ \t]\d\d){2}|[ \t]\d{3,4}[ \t]\d{3,4}"  # (not a phone's
    # "40 11 22 33" or a SIM card's "8945 0211 2233 4455 668", nor an
    r"|[ \t]*(?:days?|dage|døgn|weeks?|uger|months?|måneder|years?|år|hours?|timer|%|kr)\b)",
    # age: "is now 41 days old")
    re.IGNORECASE,
)
EXTENSION_WORD = re.compile(r"(?i:\b(?:extension|ext|lokalnummer(?:et)?|lokalnr|lokal)\b)")
ONE_DIGIT_BEFORE_NAME = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?(\d)[ \t]*[-–—:=][ \t]*")
NUMBER_BEFORE_NAME = re.compile(  # "850 – Ann Madsen", "56 = Karina Holt", "301    Emily Clarke",
    # "1201;Jørgen Aagaard Nielsen" (a CSV row),
    # "(5541) Signe Møller-Hald"
    r"[ \t]*(?:[-•*·][ \t]*)?\(?(\d{2,6})(?:[ \t]*(?:[-–—:;|)=→]|->|=>)[ \t]*|[ \t]{2,}|\t[ \t]*)"
)
NUMBER_BEFORE_RENAMED = re.compile(  # '6460: "Sven-Erik Nielsen" -> "': the number, the old
    # name quoted and the arrow to the new one
    r"[ \t]*(?:[-•*·][ \t]*)?(\d{2,6})[ \t]*[-–—:;|]?[ \t]*[\"“„«'][^\"”»\n]{2,60}[\"”»']"
    r"[ \t]*(?:->|=>|→|⇒)[ \t]*[\"“„«']"
)
BARE_AFTER_LOWER_NAME = re.compile(  # "... og line ravn 606 hos roskilde fysioterapi"
    r"[ \t]+(\d{2,6})(?=[ \t]*(?:og\b|and\b|hos\b|ved\b|tak\b|,|\.|$|[-–—][ \t]|\())",
    re.MULTILINE,  # (also before a remark: "peter sørensen 246 (Hedensted Taxi)")
)
BARE_AFTER_NAME = re.compile(  # "Slet Jens Hansen 214 og Mette Holm 215", not "... 31. marts";
    # a table's cell: "Kristina Juul 1301 | Voicemails"
    r"(?:,[ \t]*(?!(?:19|20)\d\d\b)|[ \t]+)"  # (also set off by a comma, not a year: "Og en
    # ny: Lotte Ravn-Holm, 3321 – også sletning")
    r"(\d{2,6})(?!\d|[.,/-]\d|\.?[ \t]*(?i:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt"
    r"|oct|nov|dec|kl|år|years?))"
    r"(?=[ \t]*(?:og\b|and\b|tak\b|thanks\b|at\b|hos\b|ved\b|,|\.|;|\||$|[-–—][ \t]|[)?!]"
    r"|(?:før|inden|before|da|fordi|because|som|who)[ \t]+(?:han|hun|he|she|de|they)\b"
    r"|(?:også|also|too|skal|should|must)\b))",  # "Ib Kroman 615 også slettes"
    re.MULTILINE,  # "for Thomas Bech Nielsen 6021 før han slettes"
)
NUMBERED_REMARK = re.compile(r"[ \t]*\([ \t]*[^\W\d_]+\.?[ \t]*\d{2,6}\b")  # "(kø 3300"
SHARED_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,30}\))?")
NUMBER_NOT_NUMBER = re.compile(  # a correction: "Det er 3070 og ikke 307", "it is 3070, not 307"
    r"(?<![\w.,+-])(\d{2,6})[ \t]*(?:,|og|and)?[ \t]*(?:ikke|not)[ \t]+\d{2,6}(?![\d.,]\d)",
    re.IGNORECASE,
)
# "Maja (5531)", "Dennis | 302 | ...": a first name only, the number is hers
ONE_WORD_ROW = re.compile(
    r"^[ \t]*(?:[-•*·][ \t]*)?[^\W\d_]+[ \t]*(?:\(|[|;\t–—][ \t]*|[ \t]-[ \t]*)(\d{2,6})"
    r"(?:\)[ \t]*$|[ \t]*(?:[|;\t]|$))",
    re.MULTILINE,
)
FIRST_NAME_ROW = re.compile(  # "- Kasper 302", "Mia 1203": a line of a first name and a number
    rf"^[ \t]*(?:(?:[-•*·]|\d{{1,2}}[.)])[ \t]*)?[{UPPER}][^\W\d_]+(?:[ \t]+|[ \t]*[-–—:][ \t]*)"
    r"(\d{2,6})[ \t]*$",  # (also "4. Sofie - 120")
    re.MULTILINE,
)
FIRST_NAME_COMMA_NUMBER = re.compile(  # "Also Tobias, 5510 - I don't have his surname"
    rf"(?<![\w.])[{UPPER}][^\W\d_]+[ \t]*,[ \t]*(\d{{2,6}})(?![\d.,/:-]\d)"
    r"(?=[ \t]+[-–—][ \t]|[ \t]*[.;)]|[ \t]*$)",
    re.MULTILINE,
)
LOWER_FIRST_NAME_ROW = re.compile(  # "- trine 46" under "- carl-emil de fries 45": a first
    # name and its number in a bulleted list of lower-case names and numbers
    rf"(?<=\d)[ \t]*\n[ \t]*(?:[-•*·]|\d{{1,2}}[.)])[ \t]*[{LOWER}][^\W\d_]+[ \t]+"
    r"(\d{2,6})[ \t]*$",
    re.MULTILINE,
)
LOWER_LIST_ROW_BEFORE = re.compile(
    rf"(?m)^[ \t]*(?:[-•*·]|\d{{1,2}}[.)])[ \t]*[{LOWER}][^\d\n]*[ \t]\d{{2,6}}$"
)
FIRST_WORD = re.compile(r"[^\W\d_]+")


def first_word(text: str) -> str:
    """The first word of a list line in lower case, past its bullet or count ("4. Sofie")."""
    match = FIRST_WORD.search(text)
    return match.group().lower() if match else ""


NUMBER_FIRST_NAME_ROW = re.compile(  # "2216 – Jonna": the same, the number first
    rf"^[ \t]*(?:[-•*·][ \t]*)?(\d{{2,6}})[ \t]*(?:[-–—:;=|→]|->|=>)[ \t]*([{UPPER}][^\W\d_]+)"
    r"[ \t]*$",
    re.MULTILINE,
)
FROM_TO_NUMBER = re.compile(  # "har fået nyt lokalnummer: fra 220 til 225"
    r"(?<![\w-])(?:fra|from)[ \t]+\d{2,6}[ \t]+(?:til|to)[ \t]+(\d{2,6})(?!\d|[.,-]\d)",
    re.IGNORECASE,
)
OTHER_NUMBER_NOUNS = (  # words that label a number as no extension ("ordrenr.", "Case ID")
    r"(?:customer|kunde|order|ordre|invoice|faktura|account|konto|case|sags?|ticket|cvr"
    r"|reference|ref|serie|serial|imei|mac|pin|kode|code|postnr|zip)"
)
OTHER_NUMBER_SUBJECT = re.compile(  # what "should be" is said of: another kind of number
    # ("The customer number at your end should be 100733")
    rf"(?i:\b{OTHER_NUMBER_NOUNS}\w*[ \t]*(?:number|nummer|nr\.?|no\.?|id)?\b[^.\n\d]{{0,25}})$"
)
CHANGE_ASKED = re.compile(  # a number change asked for, not one that was made: the
    # Danish passive ("rettes", "ændres") or an English one still to come
    r"(?i:\b(?:rettes|ændres|skiftes|flyttes|(?:be|please|to|you)[ \t]+(?:changed?|corrected"
    r"|correct|moved?)))[ \t]*$"
)
INTERN = re.compile(r"intern", re.IGNORECASE)
OTHER_NUMBER_ROW = re.compile(  # (also in a frame drawn with "|" or after a bullet: "➤")
    r"[ \t|>•*·➤▪-]*(?:kunde|customer|client|ordre|order|faktura|invoice|cvr|tlf|telefon|mobil"
    r"|phone|sag|case|ticket|ref|konto|account|post|zip|medarbejder|employee|worker|personale|løn"
    r"|payroll|badge|id|cost|omkostning|afdeling|department"
    r"|(?:voicemail-?)?pin|(?:pin)?kode|code|password|adgangskode)[\w.-]*[ \t]*"
    r"(?:nr\.?|no\.?|number|id)?"  # "Employee ID:     100234"
    r"[ \t]*(?:[|;\t]|:[ \t]|[ \t]{2,})",  # "Kundenr. | 880412", "Kundenr.:      100482"
    re.IGNORECASE,
)
OTHER_LABEL_ONLY = re.compile(  # the line up to the number is only the label of another
    r"[ \t|>•*·➤▪-]*(?:kunde|customer|client|ordre|order|faktura|invoice|cvr|konto|account"
    r"|sag|case|ticket|ref)[\w.-]*(?:[ \t]+(?:hos[ \t]+jer|with[ \t]+you|nr\.?|no\.?|number"
    r"|id))*[ \t]*[:|;\t]?[ \t]*",  # kind of number ("➤ Kundenr. hos jer: ")
    re.IGNORECASE,
)


def first_group_start(match: re.Match[str]) -> int:
    """Where a match's first filled group starts (its number)."""
    return next((match.start(i) for i in range(1, (match.re.groups or 0) + 1)
                 if match.group(i)), match.start())


NEGATED = re.compile(r"(?:ikke|not)[ \t]*$", re.IGNORECASE)
ALSO_HAS = re.compile(  # "Søren Ørnebjerg lok. 18 – han har også 19 på softphonen"
    rf"(?i:\b(?:han|hun|he|she)[ \t]+(?:har[ \t]+også|also[ \t]+has)[ \t]+"
    rf"(?:(?:{CUE})[ \t]*[:.]?[ \t]*)?)(\d{{2,6}})(?![\d.,/-]\d|[ \t]\d{{2}}[ \t]?\d{{2}})"
)
SAME_FOR_NUMBER = re.compile(  # "Samme for 15 (Susanne Holm)", "Ditto for 641, Jakob Riis",
    # "samme for hendes kollega på 2406, Allan Munk Ravn": one more number, said like the last
    r"(?i:\b(?:(?:det[ \t]+)?samme[ \t]+(?:for|gælder)|ditto[ \t]+for|same[ \t]+(?:goes[ \t]+)?for"
    r"|likewise[ \t]+for)(?:[ \t]+(?:hendes|hans|her|his|deres|their)[ \t]+(?:kollega|colleague))?"
    rf"(?:[ \t]+(?:på|on|with|med))?[ \t]+(?:(?:{CUE})[ \t]*[:.]?[ \t]*)?)"
    r"(\d{2,6})(?![\d.,/-]\d|[ \t]\d{2}[ \t]?\d{2})(?=[ \t]*(?:[,(:–—-]|$))"
)
MASKED_AFTER = re.compile(r"(?:\*{2,}|[xX]{1,3}|_{2,})(?![^\W\d_])")  # ("88#" is dialled)
GLUED_CUE = re.compile(r"[^\W\d_]+\d{2,6}")  # "lok214": no space between cue and number
USER_NAME_BEFORE = re.compile(
    r"(?i:\b(?:bruger(?:navn)?|user(?:name| name)?|login|konto|account)\b[^\n]{0,20})$"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A name or an extension found at `start` in the analysed text."""

    start: int
    end: int
    name: str | None = None
    extension: str | None = None
    series: int | None = None  # start of the cue of a list "lokal 55 og 56" it belongs to
    owner: str | None = None  # the name it was found right after ("Jens Hansen (214)")
    described: bool = False  # a person described, not named, has it ("praktikant på 508")


PERSON_HAD = re.compile(  # "hende der sad i receptionen, hun havde (412)", "ham der havde 915"
    r"(?<![\w-])(?:han|hun|ham|hende|der|som|he|she|who)[ \t]+"  # also "som tidligere havde 214"
    r"(?:(?:tidligere|før|previously|formerly)[ \t]+)?(?:havde|har|had|has)[ \t]+"
    r"(?:(?:lokal|lok\.?|ext\.?|extension|nummer|nr\.?)[ \t]*)?\(?(\d{2,6})\)?"
    r"(?![\d.,/-]\d|[ \t]*(?:år|års|kr|stk|%|dage|dages|timer|uger|måneder|ansatte"
    r"|medarbejdere|brugere|personer|børn|years?|days?|hours?|weeks?|months?|employees"
    r"|users|people|kids|children)\b)",
    re.IGNORECASE,
)
FIRST_NAME_BRACKET = re.compile(  # "Louise Brix (19) og Sanne (20)": a first name's number,
    # also told by where she sits: "Lis fra receptionen (215)"
    rf"(?<![\w-])([{UPPER}][^\W\d_]+)(?:[ \t]+(?:fra|from|i|in|på|at)[ \t]+(?:the[ \t]+)?"
    rf"[a-zæøå]+)?[ \t]*\((\d{{2,6}})\)"
)
BRACKET_OPENS_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]+[ \t]*\($")  # "Priya ("
CAPITAL_WORD_BEFORE = re.compile(r"[^\W\d_]*[A-ZÆØÅ][^\W\d_]*[ \t]+$")  # "Louise Brix ("
PERSON_NOUN_ON = re.compile(  # "den nye praktikant på 508", "the trainee on 508"
    r"(?<![\w-])(?:praktikant|medarbejder|kollega|elev|vikar|lærling|sælger|trainee|intern"
    r"|temp|colleague|employee|user|bruger|pige|dreng|fyr|dame|kvinde|person|girl|guy|lady"
    r"|woman|lead|leder|chef|manager|receptionist|sekretær|secretary|bogholder|assistent"
    r"|assistant|koordinator|coordinator|konsulent|consultant)\w*[ \t]+(?:på|on|at|with|med)[ \t]+"
    r"(?:(?:lokal|lok\.?|ext\.?|extension)[ \t]*)?(\d{2,6})(?!\d|[.,/-]\d)",
    re.IGNORECASE,
)
SELF_CORRECTED = re.compile(  # a number taken back at once: "lokalnummer 214 – nej vent, det
    # var 212", "ext is 6612 – no wait, 6621", "lokal 19, undskyld 21", "2250 (nej 2205)"
    r"(?<![\w.,+-])(\d{2,6})(?!\d|[.,]\d)[ \t]*(?:[-–—,.…(]+[ \t]*)?"
    r"(?:(?i:nej|no|nope|hov|sorry)[ \t,.!]+(?i:vent|wait|hold on)\b[^\d\n]{0,20}?"
    r"|(?i:(?:sorry|undskyld),?[ \t]+(?:typo|tastefejl|slåfejl|stavefejl)"  # "4411 – sorry, typo:
    r"|typo|tastefejl|slåfejl)[ \t]*[,:.!–—-]*[ \t]*"  # 4412"
    r"|(?i:nej undskyld|undskyld|sorry|i mean|jeg mener|or rather|eller rettere|rettelse|nej"
    r"|no(?=[ \t]*,))"  # "ext 33 - no, 34"
    r"[ \t]*[,:.!–—-]*[ \t]*"  # also with the cue again or the owner: "lokal 212 - nej
    r"(?:(?i:i think|i believe|jeg tror|tror jeg)[ \t]+)?"  # ("604... sorry, I think it
    r"(?:(?i:it was|it is|it's|det var|det er|den var|den er)[ \t]+)?"  # was 608")
    rf"(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?"  # undskyld, lokal 221", "lok 35 - undskyld,
    r"(?:[A-ZÆØÅ][a-zæøå]+[ \t]+(?i:er|is|har|has)[ \t]+)?)"  # Kasper er 36"
    r"(\d{2,6})(?!\d|[.,/-]\d)"
)
HAD_NR = re.compile(  # "Jeg havde nr 17", "Det er nr 0117": a person's number, said as "nr"
    r"(?i:\b(?:jeg|han|hun|i|he|she|det|it)[ \t]+(?:havde|har|had|has|er|is|was|var)[ \t]+"
    r"nr\.?[ \t]*)(\d{2,6})(?!\d|[.,/-]\d|[ \t]\d{2}[ \t]?\d{2})"  # not "nr 6531 7305"
)
IN_ORDER_NUMBERS = re.compile(  # "lokalnumrene er i samme rækkefølge som ovenfor: 311, 312
    # og 318": the first of a series for names listed in order
    r"(?i:\b(?:i samme rækkefølge|in the same order|i den rækkefølge|in that order)"
    r"(?:[ \t]+(?:som|as)[ \t]+[^\d\n:]{1,20})?[ \t]*[:,–-]?[ \t]*)(\d{2,6})(?!\d|[.,/-]\d)"
)
PERSON_ON_NUMBER = re.compile(  # "Kim har 801.", "He was on 734.": a person's number said bare
    r"(?<![\w-])(?:han|hun|he|she|[A-ZÆØÅ][a-zæøå]+)[ \t]+(?:har|havde|had|has|was on|is on"
    r"|var på|er på|sad på|sidder på)[ \t]+(\d{2,6})(?=[ \t]*(?:[.!?;)](?!\d)|,[ \t]|$))",
    re.MULTILINE,
)
PERSON_NOUN_ON_NUMBER = re.compile(  # "og vikaren der sad på 4419 (kender ikke navnet)":
    # a person told by what they were, with the number they sat on
    r"(?i:\b(?:vikar(?:en)?|medarbejder(?:en)?|praktikant(?:en)?|elev(?:en)?|kollega(?:en)?"
    r"|pigen|drengen|fyren|damen|manden|kvinden|the temp|the intern|the employee|the woman"
    r"|the man|the guy|the girl|the trainee)[ \t]+(?:der|som|who|that)[ \t]+"
    r"(?:sad på|sidder på|havde|har|var på|er på|was on|is on|sat on|had|has)[ \t]+)"
    r"(\d{2,6})(?=[ \t]*(?:[.!?;()](?!\d)|,[ \t]|$))",
    re.MULTILINE,
)
NUMBER_OF_PERSON_NOUN = re.compile(  # "dont record 7703 (new guy, name tbc)", "og 412 (ny
    r"(?<![\w.,+-])(\d{2,6})[ \t]*\((?:the[ \t]+|a[ \t]+|den[ \t]+|en[ \t]+)?"  # vikar)"
    r"(?:new|ny|nye)[ \t]+(?:praktikant|medarbejder|kollega|elev|vikar|lærling|sælger|trainee"
    r"|intern|temp|colleague|employee|user|bruger|pige|dreng|fyr|dame|girl|guy|lady|starter)\b",
    re.IGNORECASE,
)
PRONOUN_ON = re.compile(  # "Han på 45 står som Mikkel Lund", "delete him on 214"
    r"(?<![\w-])(?i:han|hun|ham|hende|him|her)[ \t]+(?i:på|on)[ \t]+"
    r"(?:(?i:lokal|lok\.?|ext\.?|extension)[ \t]*)?(\d{2,6})"
    r"(?![\d.,:/-]\d|[ \t]\d{2}[ \t]?\d{2}|[ \t]*(?i:kr|dkk|%|år|years?|dage|days|timer"
    r"|hours|min|minutter|minutes|stk|sal|floor|etage)\b)"
)
FIRST_NAME_ON = re.compile(
    r"(?<![\w-])[a-zæøåäöüé]+[ \t]+på[ \t]+(\d{2,6})"
    r"(?![\d.,]\d|[ \t]*(?:kr|år|stk|%|dage|timer|min|sal|personer|ansatte|brugere)\b"
    r"|[ \t]\d{2}[ \t]?\d{2})"  # not "træffes på 61 44 09 12", a phone number's first digits
)


SPACED_CUE = (  # "lokal", "Lokal nr.", "lok.nr", "ext.", "intern", "nr."
    r"((?<![\w-])(?i:lokal(?:nummer(?:et)?|nr\.?|[ \t]+nr\.?)?|lok\.?(?:[ \t]?nr\.?)?|ext\.?"
    r"|extension|intern(?:nummer)?|nr\.?)[ \t]*[:.]?[ \t]*"
    r"(?:(?i:is|er|was|var)[ \t]+)?)"  # (also "ext is 41 02", "hendes lokal er 41 02")
)
THOUSANDS_COMMA = re.compile(  # "ext 1,310", "lok. 5,120": a spreadsheet's thousands comma
    SPACED_CUE + r"(\d),(\d{3})(?![\d]|[.,]\d)"
)
SPACED_DIGITS = re.compile(  # "lokal 2 0 4", "L 5 0 9" after a cue: a digit at a time
    SPACED_CUE + r"(\d(?: \d){2,5})(?![ .,/:-]?\d)"
)
SPACED_NUMBER = re.compile(  # "lok. 2.14", "lokal 1 02", "lok 3 3": one number said in parts,
    # also wrapped onto the next line ("lokal 2" / "307"); not a range's "lokal 10-14"
    SPACED_CUE + r"(\d{1,2})(?:[ .]|[ \t]*\n[ \t]*(?=\d{2,3}\b))(\d{1,3})"
    r"(?![\d]|[ .,/:-]?\d)"
    r"(?![ \t]*(?i:kr|dkk|%|år|years?|dage|days|timer|hours|min|stk|gange|times)\b)"
)


LISTED_SPACED_DIGITS = re.compile(  # "- Katarzyna Nowak-Wiśniewska – 2 0 3": a list item's
    # number after its dash, a digit at a time
    r"(?m)([ \t][–—-][ \t]+)(\d(?: \d){2,4})[ \t]*$"
)


def join_spaced_numbers(text: str) -> str:
    """`text` with an extension written in parts after its cue ("lok 2 14", "lok. 2.14")
    written whole ("lok 214"), the digits as the label gives them; a phone number's
    groups ("lok 22 33 44 55") and a date ("lokal 12.03.2025") run on and stay."""
    text = SPACED_DIGITS.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    text = LISTED_SPACED_DIGITS.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    text = THOUSANDS_COMMA.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}", text)
    return SPACED_NUMBER.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}", text)


HAD_NUMBER = (
    rf"(?:{SAT_ON}|on|på|har[ \t]+haft|havde|had|has[ \t]+had)"
)
JOINED_FIRST_NAME_NUMBER = re.compile(
    r"(?:\bog|\band|,)[ \t]+[A-ZÆØÅ][a-zæøå]+[ \t]+(\d{2,6})(?!\d|[.,:/-]\d)"
    r"(?=[ \t]*(?:[,.;()]|og\b|and\b|$))",
    re.MULTILINE,
)
NAME_NUMBER_BEFORE = re.compile(  # "Anka Petrova 610 og", "Oleh har haft 4410 og", "Tom had
    rf"[A-ZÆØÅ][\w-]+[ \t]+(?:[A-ZÆØÅ][\w-]+|{HAD_NUMBER}|har|has)[ \t]+\d{{2,6}}[ \t]*$"  # 23,
)  # Rasmus 24"
NOT_A_COUNT_AFTER = (  # after a number said to be someone's: not an amount, a time or a
    r"(?!\d|[.,:/-]\d|[ \t]*(?:kr|dkk|%|år|years?|dage|days|timer|hours|min|stk)\b"  # phone
    r"|[ \t]\d{2}[ \t]?\d{2})"  # number's first digits ("på 61 44 09 12")
)
CAPITAL_FIRST_NAME_ON = re.compile(  # "Zeynep on 1244", "Jonas was on 5532", "Mette sad på
    rf"(?<![\w-])[A-ZÆØÅ][a-zæøå]+[ \t]+{HAD_NUMBER}[ \t]+#?(\d{{2,6}}){NOT_A_COUNT_AFTER}"
)  # 214", "Femi is on #2218"
WRITER_HAS = re.compile(  # "Jeg selv har lokal 12", "I'm on ext 12", "jeg har selv lokal 12"
    r"(?i:\b(?:jeg(?:[ \t]+selv)?|i(?:[ \t]+myself)?)[ \t]+(?:har(?:[ \t]+selv)?|have|sidder på"
    r"|er på|am on|i['’]m on)[ \t]*)$|(?i:\bi['’]m on[ \t]*)$"
)
CONTACT_PURPOSE = re.compile(  # "... hvis I skal ringe", "... if you need to call"
    r"[^.!?\n]{0,12}?(?i:\b(?:hvis (?:i|du|der)|if you|ved spørgsmål|for questions|in case)\b)"
)


def writers_own(text: str, match: re.Match[str]) -> bool:
    """Whether the writer gives the number as their own, to be called on ("Jeg selv har
    lokal 12 hvis I skal ringe"): a contact's number, not the employee's."""
    said = WRITER_HAS.search(text, max(0, match.start() - 30), match.start())
    if said is None:
        return False
    return bool(re.search(r"(?i:selv|myself)", said.group())) or bool(
        CONTACT_PURPOSE.match(text, match.end())
    )


NAME_ASKED_LINE = re.compile(  # "- Lokalnummer 221: medarbejderens fulde navn"
    r"^[ \t]*(?:[-•*·][ \t]*)?(?i:lokal\w*|lok\.?|ext\w*)[ \t]*(?:nr\.?)?[ \t]*:?[ \t]*"
    r"(\d{2,6})[ \t]*[:–—-][^\n\d]*\b(?i:fulde navn|full name|navn|name)\b[^\n\d]*$",
    re.MULTILINE,
)
ALONE_ON_LINE = re.compile(r"[ \t]*[.,]?[ \t]*$")


def number_asked_above(text: str, name: Mention) -> re.Match[str] | None:
    """The question line just above a name standing alone on its line, when it asks for
    the name of one extension: an answer written under the provider's question."""
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    if text[line_start : name.start].strip() or not ALONE_ON_LINE.fullmatch(
        text, name.end, line_end if line_end >= 0 else len(text)
    ):
        return None
    above_end = line_start - 1
    while above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1 : above_end].strip():
        above_end = text.rfind("\n", 0, above_end)  # skip blank lines
    above_start = text.rfind("\n", 0, max(0, above_end)) + 1
    return NAME_ASKED_LINE.match(text, above_start, max(above_start, above_end))


def line_is_lower_list(text: str, position: int) -> bool:
    """Whether the line holding `position` is written in lower case and gives another
    number after an extension cue ("... og hanne jakobsen lokal 146")."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    mostly_lower = sum(ch.islower() for ch in letters) >= 0.9 * max(1, len(letters))
    return mostly_lower and EXTENSION.search(line) is not None


NUMBER_SPACE_BEFORE_NAME = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?(\d{2,6})[ \t]")
NUMBER_NAME_LINE = re.compile(  # "7730 Inger Lise Poulsen": a number and a name, nothing else
    rf"[ \t]*(?:[-•*·][ \t]*)?\d{{2,6}}[ \t]+[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*"
    rf"(?:[ \t]+(?:{PARTICLE}[ \t]+)*[{UPPER}][\w'’-]+)+[ \t]*"  # "623 Karoline Sophie af Rosen"
    # and the new name an arrow gives it: "4447 Rasmus Hansen -> Rasmus Kofoed"
    rf"(?:(?:-+>|=+>|→|⇒)[ \t]*[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*"
    rf"(?:[ \t]+[{UPPER}][\w'’-]+)+[ \t]*)?"
)


NAME_NUMBER_ROW = re.compile(  # "Aisha Nowak, lokal 289, elev", "Lasse Kristensen - 2290",
    # "Lone Krogh  186  lkro@firma.dk": a name, a mark or a wide gap, then its number (not
    # an address's "Store Kongensgade 12")
    rf"[ \t]*(?:[-•*·][ \t]*)?[{UPPER}][^\W\d_]+(?:[ \t]+[{UPPER}][\w'’-]+)+"
    rf"(?:[ \t]*[,:(–—|-][ \t]*|\t|[ ]{{2,}})(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?"
    r"\d{2,6}(?![\d]|[.,]\d)"
)

NUMBER_NAME_ROW = re.compile(  # "63<tab>Chen Bach Andersen<tab>lagerchef", "2216 – Jonna Holm":
    # a number set apart as before a name, then a name
    NUMBER_BEFORE_NAME.pattern + rf"[{UPPER}][^\W\d_]+[ \t]+[{UPPER}]"
)


def in_number_name_list(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` holds a number and a name and nothing else, and
    one of the two lines before or after it in its block gives an employee too ("7730
    Inger Lise Poulsen" above "7731 Hussein Abdi Warsame", or above "ext 592 (name
    unknown)" and "Lasse Kristensen - 2290"): a list of extensions in one or mixed
    orders; one such line alone may be a postcode and town."""
    end = text.find("\n", line_start)
    end = len(text) if end < 0 else end
    if not NUMBER_NAME_LINE.fullmatch(text, line_start, end):
        return False
    around = lines_around(text, line_start, end)
    return any(is_employee_row(text, start, stop) for start, stop in around)


def lines_around(
    text: str, line_start: int, line_end: int, reach: int = 2
) -> list[tuple[int, int]]:
    """The spans of up to `reach` lines before and after a line, stopping at a blank line:
    the neighbours in its block."""
    spans: list[tuple[int, int]] = []
    start = line_start
    for _ in range(reach):
        if start == 0:
            break
        previous_start = text.rfind("\n", 0, start - 1) + 1
        if not text[previous_start:start - 1].strip():
            break
        spans.append((previous_start, start - 1))
        start = previous_start
    end = line_end
    for _ in range(reach):
        if end >= len(text):
            break
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        if not text[end + 1:next_end].strip():
            break
        spans.append((end + 1, next_end))
        end = next_end
    return spans


def is_employee_row(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a list line of one employee and their number, in
    either order."""
    return bool(
        NUMBER_NAME_LINE.fullmatch(text, start, end) or NAME_NUMBER_ROW.match(text, start, end)
        or NUMBER_NAME_ROW.match(text, start, end)
    )


BULLET_NUMBER = re.compile(r"^[ \t]*[-•*·][ \t]*(\d{2,6})[ \t]*$", re.MULTILINE)  # "- 701"


def between_employee_rows(text: str, match: re.Match[str]) -> bool:
    """Whether the lines right before and after a list line are each an employee and
    their number: "- 701" in such a list is an extension whose name was left out."""
    around = lines_around(text, match.start(), match.end(), reach=1)
    return len(around) == 2 and all(is_employee_row(text, start, end) for start, end in around)


NUMBER_FIRST_ROW = re.compile(
    rf"[ \t]*(?:[-•*·][ \t]*)?\d{{2,6}}[ \t]*(?:[-–—:;=|→]|->|=>)[ \t]*[{UPPER}]"
)


def beside_number_first_row(text: str, line_start: int) -> bool:
    """Whether the line before or after the one at `line_start` gives a number, then a
    name ("2215 – Sabine von Holstein" above "2216 – Jonna")."""
    previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start > 0 and NUMBER_FIRST_ROW.match(text, previous_start):
        return True
    end = text.find("\n", line_start)
    return end >= 0 and NUMBER_FIRST_ROW.match(text, end + 1) is not None


NAME_TO_NUMBER = re.compile(rf"[ \t]*[,:–—-]?[ \t]*\(?(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?$")


LIST_COUNT = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+")  # "10) ", "11. "


def counts_list_item(text: str, before: re.Match[str], name: Mention) -> bool:
    """Whether the number before a name only counts the items of a list: written "10)" or
    "11.", with the name's own number after it on the line."""
    if not LIST_COUNT.fullmatch(text, before.start(), name.start):
        return False
    return bool(AFTER_NAME.match(text, name.end) or BARE_AFTER_NAME.match(text, name.end))


def named_just_before(text: str, start: int, names: list[Mention]) -> bool:
    """Whether a person's name stands right before the number at `start`, with at most
    an extension word between ("Mia Thorsen lok.nr. 5502")."""
    return any(
        name.end <= start and start - name.end <= 16
        and NAME_TO_NUMBER.fullmatch(text, name.end, start) is not None
        for name in names
    )


def under_extension_header(text: str, line_start: int) -> bool:
    """Whether the list a line belongs to has a header naming extensions ("Lokal /
    navn:" above "6 - Anne Sofie Munk Thygesen")."""
    lines = text[:line_start].rstrip("\n").split("\n")
    for line in reversed(lines[-6:]):
        if not line.strip() or ONE_DIGIT_BEFORE_NAME.match(line):
            continue
        return line.rstrip().endswith(":") and EXTENSION_WORD.search(line) is not None
    return False


def shared_before(shared: PhraseBook, written: list[str]) -> bool:
    """Whether the words before a number name a shared line ("omstillingen (lok 600)"),
    not where a person sits ("Louise fra receptionen, lokal 31"), or a line that serves
    a function (`extension_function_lines.txt`: "på Kundeservice-køen (lok 400)",
    "Lager-linjen (lok. 310)"), not someone's own ("hendes linje (lok 22)")."""
    before = [word.lower() for word in written]
    functions = read_book("extension_function_lines")
    parts = [  # not "Line har lok 241" (the given name Line)
        "" if word in GIVEN_NAME_WORDS else compound_tail(word.lower()) for word in written
    ]
    for index in range(len(parts)):
        if functions.match_at(parts, index):
            if {"og", "and"}.intersection(before[index + 1 :]):
                return False
            return not (index and before[index - 1] in POSSESSIVES)
    for index in range(len(before)):
        if shared.match_at(before, index):
            if {"og", "and"}.intersection(before[index + 1 :]):
                return False  # "Jeg hed Thomas Bech på omstillingen og havde lokal 2207"
            return not (index and before[index - 1] in WHERE_SITS and not (
                before[index - 1] == "at" and before[index].endswith(("en", "et"))
            ))  # ("Bemærk at omstillingen (lokal 200)": the Danish "that", no place)
    return False


COVERED_LINE = re.compile(  # "Vikaren Ida-Marie Fogh dækkede Salg-linjen (lok 130)", "a temp,
    # covered the Reception line (ext 100)", "har siddet en vikar på Lager-linjen, lok. 610"
    r"(?i:\b(?:dækkede|dækker|covered|covers|staffed|staffs|bemandede|bemander"
    r"|vikar(?:ierede)?[ \t]+på|temp[ \t]+on))\b((?:[ \t]+[^\s(,.;:]+){1,4}?)[ \t]*[,(]?[ \t]*"
    r"(?i:lok(?:al)?\.?|ext\.?|extension|lokalnummer)[ \t]*[:.]?[ \t]*(\d{2,6})(?!\d)"
)


FUNCTION_SAID_AFTER = re.compile(
    r"[ \t]+(?i:er|is|var|was)[ \t]+(?:(?i:en|et|a|an|the|vores|our|kun|just)[ \t]+)?([^\s,.;:]+)"
)


def function_said_after(text: str, match: re.Match[str]) -> bool:
    """Whether the number is said to be a line that serves a function ("Lokal 504 er en
    mødelokale-telefon", "ext 20 is the warehouse line"): no employee's."""
    said = FUNCTION_SAID_AFTER.match(text, match.end(1))
    if said is None:
        return False
    word = said.group(1).lower()
    return read_book("extension_function_lines").contains_any([word, *word.split("-")])


def compound_tail(word: str) -> str:
    """The last part of a hyphenated compound, the noun it names ("lager-linjen": "linjen")."""
    return word.rsplit("-", 1)[-1]


def covered_function_lines(text: str) -> list[str]:
    """The numbers of function lines a temp is said to have covered ("dækkede Salg-linjen
    (lok 130)"): the number a person with no line of their own is known by."""
    functions = read_book("extension_function_lines")
    found = []
    for match in COVERED_LINE.finditer(text):
        words = tokenize(match.group(1))
        if functions.contains_any([compound_tail(word) for word in words]) or (
            functions.contains_any(words)
        ):
            found.append(match.group(2))
    return found


ON_SWITCHBOARD_WITH = re.compile(  # a person set up on the switchboard with a number
    r"(?i:\b(?:on|in|på|i)[ \t]+(?:the[ \t]+)?(?:switchboard|omstillingen|pbx)[ \t]+"
    r"(?:with|as|under|som|med|on|på)[ \t]+"
    r"(?:(?:ext\.?|extension|lokal\w*|lok\.?)[ \t]*[:.]?[ \t]*)?)$"
)
SWITCHBOARD_EXTENSION = re.compile(  # also "tilknyttet virksomhedens omstilling under
    r"(?i:\bswitchboard|\bomstillings|\bpbx|\bomstilling(?:en)?[ \t]+under)[ \t]+$"  # lokal-
)  # nummer 214"
GIVEN_NAME_WORDS = frozenset({"Line"})  # a function word that is also a given name
WHERE_SITS = frozenset({"fra", "from", "i", "in", "på", "at"})


CARD_CUE = re.compile(r"(?i:kort|genvej)")  # "kortnr 88120" may be a key card's number


def beside_extension(text: str, match: re.Match[str], matches: list[re.Match[str]]) -> bool:
    """Whether a "kortnummer" stands on a line that gives an extension by another cue:
    then it is the number of a key card ("lok 3310, kortnr 88120"), not the short
    number a mobile-only user has instead of an extension ("kort nr 211")."""
    if match.re is not EXTENSION or not CARD_CUE.match(text, match.start()):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    return any(
        other.re is EXTENSION and line_start <= other.start() < line_end and other is not match
        and not CARD_CUE.match(text, other.start())
        for other in matches
    )


CHILD_BEFORE = re.compile(  # a parent naming their child: a number in brackets is an age
    r"(?i:\b(?:søn|datter|barn|barnebarn|dreng|pige|son|daughter|child|kid|grandson"
    r"|granddaughter)(?:s)?[ \t]+)$"
)


ALL_ZEROS = re.compile(r"0+")  # "Lokalnummer: 0000", a form's field filled to pass


def find_extensions(text: str, names: list[Mention]) -> list[Mention]:
    """Extension mentions: after a cue, in "(214)" after a name, in table rows."""
    patterns = (
        EXTENSION, EXTENSION_LATER, TABLE_ROW, ONE_WORD_ROW, NUMBER_NOT_NUMBER, HAD_NR, ALSO_HAS,
        IN_ORDER_NUMBERS, PERSON_ON_NUMBER, PERSON_NOUN_ON_NUMBER, NUMBER_ON_SWITCHBOARD,
    )
    matches = [m for p in patterns for m in p.finditer(text)
               if not ALL_ZEROS.fullmatch(next((g for g in m.groups() if g), ""))]  # ("0000":
    matches += [  # "- Kasper 302" (a known first name, not "- Ordre 302") a form's filler)
        m for m in FIRST_NAME_ROW.finditer(text)
        if first_word(m.group()) in given_names()
    ]
    matches += [  # "Also Tobias, 5510 - I don't have his surname": a known first name's
        m for m in FIRST_NAME_COMMA_NUMBER.finditer(text)
        if first_word(m.group()) in given_names()
    ]
    matches += [  # "- trine 46" after "- carl-emil de fries 45"
        m for m in LOWER_FIRST_NAME_ROW.finditer(text)
        if first_word(text[text.find("\n", m.start()) : m.start(1)]) in given_names()
        and LOWER_LIST_ROW_BEFORE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
    ]
    matches += [  # "2216 – Jonna" (a known first name, or in a list of "2214 – Jens Mikkelsen")
        m for m in NUMBER_FIRST_NAME_ROW.finditer(text)
        if m.group(2).lower() in given_names() or beside_number_first_row(text, m.start())
    ]
    matches += [m for m in BULLET_NUMBER.finditer(text) if between_employee_rows(text, m)]
    matches += [  # "Anka Petrova 610 og Svetla 611": a first name and number joined to a
        m for m in JOINED_FIRST_NAME_NUMBER.finditer(text)  # named employee's
        if NAME_NUMBER_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ]
    matches += [  # "Zeynep on 1244 wants a copy", "Mia på 203": a known first name's number
        m for m in CAPITAL_FIRST_NAME_ON.finditer(text)
        if m.group().split()[0].lower() in given_names()
    ]
    matches += [  # "slet lige peter på 145 og hanne jakobsen lokal 146": a first name's
        m for m in FIRST_NAME_ON.finditer(text)  # number, in a lower-case list of them
        if line_is_lower_list(text, m.start())
        and m.group().split()[0] not in read_word_sets(*NOT_NAME_LISTS)  # "vi er på 12"
    ]
    matches += [  # "Bent Ravnsborg (lokal 14) ... Samme for 15 (Susanne Holm)"
        m for m in SAME_FOR_NUMBER.finditer(text)
        if EXTENSION_WORD.search(text, max(0, m.start() - 300), m.start())
    ]
    matches += [  # "It is registered as 305 ... but should be 350", about an extension
        m for pattern in (CORRECTED_NUMBER, FROM_TO_NUMBER) for m in pattern.finditer(text)
        if EXTENSION_WORD.search(text, max(0, m.start() - 200), m.start())
        and not (m.re is FROM_TO_NUMBER and CHANGE_ASKED.search(text, max(0, m.start() - 30),
                                                                m.start()))
        and not OTHER_NUMBER_SUBJECT.search(text, max(0, m.start() - 40), m.start())
    ]  # (a change still to be made is about the number they have: "skal rettes fra 31 til 34")
    matches = [m for m in matches if not NEGATED.search(text[max(0, m.start() - 12) : m.start()])]
    matches = [  # "hendes bruger hedder lok214": a user name with the number in it
        m for m in matches
        if not (GLUED_CUE.fullmatch(m.group()) and USER_NAME_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ))
    ]
    matches = [m for m in matches if not writers_own(text, m)]
    matches = [  # "lokal 2**", "ext. 21x": a number masked on purpose is no number given
        m for m in matches if not MASKED_AFTER.match(text, m.end(1))
    ]
    matches = [  # "Kundenr. | 880412": a row labelled with another kind of number, also a
        m for m in matches  # label and its number alone ("➤ Kundenr. hos jer: 118842")
        if not (m.re is TABLE_ROW or OTHER_LABEL_ONLY.fullmatch(
            text, text.rfind("\n", 0, m.start()) + 1, first_group_start(m)
        )) or not OTHER_NUMBER_ROW.match(text, text.rfind("\n", 0, m.start()) + 1)
    ]
    matches = [m for m in matches if not beside_extension(text, m, matches)]
    shared = read_book("extension_not_employee")
    matches = [  # "omstillingen (lok 600)", "lokal 3300 (reception)": a shared line, but
        # "Mia Thorsen lok.nr. 5502 (receptionen Skagen)" says where she sits
        m for m in matches
        if (
            not shared_before(shared, TOKEN.findall(  # (on its own line: not "... på den
                text[max(0, m.start() - 30, text.rfind("\n", 0, m.start()) + 1) : m.start()]
            )[-3:])  # gamle omstilling:" above "- Jonas Friis (lok 330)")
            or OWNED_BEFORE.search(text, max(0, m.start() - 10), m.start())  # "... reception,
            # my extension was 22": a person's own; "agents on the queue, Priya
            or named_just_before(text, m.start(), names)  # Raghunathan (ext 2210)": hers
            or SWITCHBOARD_EXTENSION.search(text, max(0, m.start() - 24), m.start())
            or ON_SWITCHBOARD_WITH.search(text, max(0, m.start() - 40), m.start())
        )  # "Siobhán O'Connor (switchboard extension 4410)": the switchboard's for her; "he is
        # also set up on the switchboard with extension 2207": his
        and (
            not shared.contains_any(tokenize(bracket_after(text, m.end()))[:2])
            or named_just_before(text, m.start(), names)
            or NUMBERED_REMARK.match(bracket_after(text, m.end())) is not None
        )  # "Lokalnummer 3301 (kø 3300, SIP-konto hr3301)": the queue it is a member of
    ]
    matches = [m for m in matches if not function_said_after(text, m)]  # "Lokal 504 er en
    # mødelokale-telefon og skal blive"
    matches = [  # "beklager, jeg skrev 29 sidst, det var forkert": the wrong number again
        m for m in matches
        if not OWN_EARLIER_NUMBER.search(text, max(0, m.start(1) - 24), m.start(1))
    ]
    # one digit only after a telephony cue on its own line: "intern 3 måneder" is no
    # extension, nor the "2." opening the next list item after "from his extension"
    matches = [
        m for m in matches
        if len(m.group(1)) > 1 or not (INTERN.match(m.group()) or "\n" in m.group())
    ]
    found: dict[int, Mention] = {}
    for match in matches:  # "Ext. no 3-301" is extension 3301
        mention = Mention(match.start(1), match.end(1), extension=match.group(1).replace("-", ""))
        found.setdefault(mention.start, mention)
    for name in names:
        line_start = text.rfind("\n", 0, name.start) + 1
        if asked := number_asked_above(text, name):  # "- Lokalnummer 221: medarbejderens
            known = found.get(asked.start(1))  # fulde navn" above "Camilla Østergaard Lund"
            if known is not None and known.owner is None:
                found[asked.start(1)] = replace(known, owner=name.name)
                continue
        before = NUMBER_BEFORE_NAME.fullmatch(text, line_start, name.start) or (
            NUMBER_BEFORE_RENAMED.fullmatch(text, line_start, name.start)
        )
        if before and counts_list_item(text, before, name):
            before = None  # "10) Kevin Strand - 3345": the item's count, the number follows
        if before is None and under_extension_header(text, line_start):
            before = ONE_DIGIT_BEFORE_NAME.fullmatch(text, line_start, name.start)  # "6 - Anne"
        if before is None and in_number_name_list(text, line_start):
            before = NUMBER_SPACE_BEFORE_NAME.fullmatch(text, line_start, name.start)
        if before:  # "850 – Ann-Sofie Madsen"
            mention = Mention(before.start(1), before.end(1), extension=before.group(1),
                              owner=name.name)
            found.setdefault(mention.start, mention)
            continue
        said_is = NUMBER_IS_NAME.search(text, max(line_start, name.start - 30), name.start)
        spoken = said_is or NUMBER_JUST_BEFORE.search(
            text, max(line_start, name.start - 30), name.start
        ) or BRACKETED_BEFORE.search(text, max(line_start, name.start - 12), name.start)
        if spoken:
            mention = Mention(spoken.start(1), spoken.end(1), extension=spoken.group(1),
                              owner=name.name)
            known = found.get(mention.start)
            if known is None:
                found[mention.start] = mention
            elif known.owner is None and name.name and (
                said_is
                or (name.name == name.name.lower()  # "lok 20 dorte vinther lok 21": her own
                    and not NUMBER_RIGHT_AFTER.match(text, name.end))  # follows her
                or (
                    CUE_FIRST.match(spoken.group())
                    and not NUMBER_RIGHT_AFTER.match(text, name.end)
                )
            ):  # "lok 118 er Claus Riis"; "lok 55 morten lyng og lok 56 camilla ask" (a
                # lower-case name is only ever found right after its number); "slet lok 214
                # Jens Hansen og lok 215 Birgitte Vang", but not "Jens Hansen lok 214 Birgitte
                # Vang lok 215", where each number follows its name
                found[mention.start] = replace(known, owner=name.name)
            continue
        after = AFTER_NAME.match(text, name.end) or NAME_IS_NUMBER.match(text, name.end)
        if not after and BRACKET_OPENS_BEFORE.search(text, max(0, name.start - 30), name.start) \
                and text.startswith(")", name.end):  # "Priya (Priya Raghunathan) on 5301"
            after = NAME_IS_NUMBER.match(text, name.end + 1)
        if not after and name.name and name.name == name.name.lower():
            after = BARE_AFTER_LOWER_NAME.match(text, name.end)  # "lone mortensen 612 og ..."
        if not after:
            after = BARE_AFTER_NAME.match(text, name.end)
        if not after and opens_line(text, name):
            after = NEXT_LINE.match(text, name.end)
        if not after and NUMBER_OF_BEFORE.search(text, max(0, name.start - 30), name.start):
            after = NUMBER_OF_AFTER.match(text, name.end)  # "lokalnummeret på Søren F.: 5530"
        bracketed = after is not None and text[after.start() : after.end()].lstrip()[:1] == "("
        if bracketed and CHILD_BEFORE.search(text, max(0, name.start - 30), name.start):
            after = None  # "Min søn Oliver Kragh Nielsen (16)": the child's age
        if after:
            group = next(i for i in range(1, (after.re.groups or 0) + 1) if after.group(i))
            mention = Mention(
                after.start(group), after.end(group), extension=after.group(group), owner=name.name
            )
            found.setdefault(mention.start, mention)
    for match in PERSON_HAD.finditer(text):  # "han havde 214": the person named before
        mention = Mention(match.start(1), match.end(1), extension=match.group(1))
        found.setdefault(mention.start, mention)
    described = [*PERSON_NOUN_ON.finditer(text), *NUMBER_OF_PERSON_NOUN.finditer(text),
                 *PRONOUN_ON.finditer(text)]
    described += [  # a first name alone, not a word of the lists ("Og (12)")
        m for m in FIRST_NAME_BRACKET.finditer(text)
        if m.group(1).lower() not in read_word_sets(*NOT_NAME_LISTS)
        and not shared.contains_any([m.group(1).lower()])  # "Receptionen (700)"
        and not CAPITAL_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]
    for match in described:  # no full name next to it: the person is described
        group = match.re.groups
        mention = Mention(match.start(group), match.end(group), extension=match.group(group),
                          described=True)
        found.setdefault(mention.start, mention)
    for match in SELF_CORRECTED.finditer(text):  # "6612 – no wait, 6621": the later one
        wrong = found.pop(match.start(1), None)
        if wrong is not None:
            found[match.start(2)] = replace(
                wrong, start=match.start(2), end=match.end(2), extension=match.group(2)
            )
    for match in (m for m in matches if m.re is EXTENSION or m.re is IN_ORDER_NUMBERS):
        first = Mention(match.start(1), match.end(1), extension=match.group(1))
        for mention in series_after(text, match.start(), first):
            found[mention.start] = mention
    return sorted(found.values(), key=lambda mention: mention.start)


def series_after(text: str, cue_start: int, first: Mention) -> list[Mention]:
    """The whole list when one cue introduces several extensions ("lokal 55 og 56"),
    each marked as part of it; empty when the cue has one number only."""
    series, end = [first], first.end
    pattern = SERIES_NEXT_DIGIT if len(first.extension or "") == 1 else SERIES_NEXT
    while match := pattern.match(text, end):  # (one digit after one: "Lokalnummer 7 og 8")
        series.append(Mention(match.start(1), match.end(1), extension=match.group(1)))
        end = match.end()
    if len(series) < 2:
        return []
    return [replace(m, series=cue_start) for m in series]


def bracket_after(text: str, position: int) -> str:
    """The bracketed remark right after a number, if any ("3300 (reception)")."""
    match = SHARED_AFTER.match(text, position)
    return match.group() if match else ""


def opens_line(text: str, name: Mention) -> bool:
    """Whether the name stands alone at the start of its line (a table cell)."""
    line_start = text.rfind("\n", 0, name.start) + 1
    return not text[line_start : name.start].strip()
