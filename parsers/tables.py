"""Tables whose columns need reading before the rows do: a name split in two columns
("Fornavn | Efternavn"), id columns, old and corrected names side by side, and HR
exports whose header names the name and the extension column among many others.

HTML tables arrive as " | " rows, CSV attachments as ";" or "," rows and pasted
spreadsheets as tab rows. When a header row names a first-name and a last-name
column, each row below gets one "First Last" cell in their place, so the name
patterns see the full name as a person writes it.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.lexicon import read_lexicon, tokenize

SEPARATORS = ("|", ";", "\t")
EXPORT_SEPARATORS = ("|", ";", "\t", ",", "  ")  # "  ": columns aligned with spaces
RULE_LINE = re.compile(r"[ \t]*[-=_+|:]{3,}[-=_+|: \t]*")
ALIGNED = re.compile(r"\t+|[ \t]{2,}")


def rows_as_lines(text: str) -> str:
    """`text` with every table whose header names a name column (or first- and
    last-name columns) and an extension column rewritten as "Name, lokal 4417" lines:
    the other columns (employee ids, cost centres, mobiles, dates, departments) are
    dropped, so no number or word of theirs is taken for an employee's; a remark
    changing the row's name is kept after it."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        following = next((line for line in lines[index + 1 :] if line.strip()
                          and not RULE_LINE.fullmatch(line)), "")
        layout = export_columns(lines[index], following)
        if layout is None:
            index += 1
            continue
        separator, width, name_columns, extension = layout
        starts = column_starts(lines[index]) if separator == "  " else ()
        done_columns = [  # "Done", "Udført": a column whose "x" marks a row already handled
            column for column, cell in enumerate(row_cells(lines[index], separator, starts))
            if DONE_HEADER.fullmatch(cell.strip().strip('"'))
        ]
        marked = [  # "Delete" (Y/N): a column that picks the rows to act on
            column for column, cell in enumerate(row_cells(lines[index], separator, starts))
            if ACT_HEADER.fullmatch(cell.strip().strip('"'))
        ]
        status = [  # "STATUS": a column whose value the request may pick rows by
            column for column, cell in enumerate(row_cells(lines[index], separator, starts))
            if STATUS_HEADER.fullmatch(cell.strip())
        ]
        header_at = index
        lines[index] = header_prose(lines[index], separator)  # "for følgende, format "
        index += 1
        if index < len(lines) and (RULE_LINE.fullmatch(lines[index]) or not lines[index].strip()):
            index += 1  # "------+------" under the header (a blank once quoting has cut it)
        needed = min(width, max(*name_columns, extension) + 1)  # short rows: empty cells
        end = rows_end(lines, index, separator, needed, exact=False, starts=starts)
        chosen = chosen_status(
            "\n".join(lines[max(0, header_at - PROSE_LINES) : header_at]),
            [row_cells(lines[at], separator, starts) for at in range(index, end)],
            status,
        )
        picked = marked and any(  # only when some row is marked yes
            marked[0] < len(row) and row[marked[0]].strip().strip('"').lower() in YES_MARKS
            for row in (row_cells(lines[at], separator, starts) for at in range(index, end))
        )
        for row_index in range(index, end):
            written = row_cells(lines[row_index], separator, starts)
            if picked and (marked[0] >= len(written)
                           or written[marked[0]].strip().strip('"').lower() not in YES_MARKS):
                lines[row_index] = ""  # "Delete=N": a row that stays
                continue
            if chosen and status[0] < len(written) and (
                written[status[0]].strip().lower() != chosen
            ):
                lines[row_index] = ""  # "AKTIV" under "De to med status FRATRÅDT skal slettes"
                continue
            if written and TOTALS_CELL.fullmatch(written[0].strip().strip('"')):
                lines[row_index] = ""  # "Antal<tab>3", "I alt 4": the table's count, no one
                continue
            if any(FUNCTION_CELL.fullmatch(cell.strip()) for cell in written):
                lines[row_index] = ""  # "Reception;2300;Funktion": a shared line, no one's
                continue
            if any(MOVED_CELL.match(cell.strip()) for cell in written[1:]):
                lines[row_index] = ""  # "...;overført;flyttet til Nordvind Shipping": kept
                continue
            if any(DONE_CELL.fullmatch(cell.strip().strip('"')) for cell in written[1:]) or any(
                column < len(written) and written[column].strip().lower() in DONE_MARKS
                for column in done_columns
            ):
                lines[row_index] = ""  # '"Raj Kumar Sharma",4119,"Already removed by NVS"'
                continue
            row = written + [""] * width
            name = " ".join(  # '"Hansen, Jens Erik"': a CSV cell in quotes
                " ".join(row[column].strip().strip('"“”').split()) for column in name_columns
            ).strip()
            name = " ".join(name.split())  # an empty middle-name cell
            surname, comma, given = name.partition(",")
            if comma and given.strip() and "," not in given:  # one person a cell
                name = f"{given.strip()} {surname.strip()}"
            number = extension_in(row, extension, len(written) > width)
            lines[row_index] = f"{name}, lokal {number}" if number else name
            lines[row_index] += "".join(  # "efternavn skal være Bendtsen-Krogh" stays, and
                f"; {cell.strip()}" for cell in written  # so does "IKKE denne"
                if NAME_CHANGE_CELL.search(cell) or LEFT_ALONE_CELL.fullmatch(cell.strip())
            )
        index = end
    return "\n".join(lines)


STATUS_HEADER = re.compile(r"(?i:status|state|tilstand)")
TOTALS_CELL = re.compile(
    r"(?i:i alt|ialt|antal|total|totalt|sum|summa|count|antal i alt|total count)[ \t]*:?"
)
PROSE_LINES = 12  # how far above a table the request that picks its rows may stand


def chosen_status(prose: str, rows: list[list[str]], status: list[int]) -> str | None:
    """The value of the table's one status column that the request above it names, when
    the rows hold more than one ("De to med status FRATRÅDT skal slettes – de øvrige er
    stadig ansat" above rows "AKTIV" and "FRATRÅDT"): only those rows are asked for."""
    if len(status) != 1:
        return None
    values = {row[status[0]].strip().lower() for row in rows if status[0] < len(row)}
    values.discard("")
    if len(values) < 2:
        return None
    named = [value for value in values  # (not "Two of them (marked done) we have removed")
             if not DONE_CELL.fullmatch(value) and not KEEP_CELL.fullmatch(value)
             and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", prose, re.IGNORECASE)]
    return named[0] if len(named) == 1 else None


NAME_CHANGE_CELL = re.compile(  # a remark column changing the row's name
    r"\b(?:efternavn\w*|surname|last name|navn\w*|name)\b[^;|\t]{0,20}?"
    r"\b(?:skal være|skal hedde|ændres til|rettes til|should be|is now|changes to|changed to)\b",
    re.IGNORECASE,
)
FUNCTION_CELL = re.compile(  # a type column's value for a number that is no person's
    r"(?i:funktion|function|functional|funktionsnummer|fællesnummer|shared|kø|queue"
    r"|hunt group|ringegruppe)"
)
LEFT_ALONE_CELL = re.compile(  # a remark column leaving the row's employee alone
    r"(?i:ikke denne|ikke hende|ikke ham|not this one|skal ikke slettes|must not be deleted"
    r"|skal blive|bliver|stays|keep|behold)[ !.]*"
)
DONE_CELL = re.compile(  # a status or remark column: the row's request is done already
    r"(?i:(?:already|allerede)[ \t]+(?:removed|deleted|erased|anonymi[sz]ed|slettet|fjernet"
    r"|anonymiseret|handled|done)\b.*|done|udført|allerede håndteret|already handled)"
)
ACT_HEADER = re.compile(  # "Delete", "Slet?", "Skal slettes": a column marking rows to act on
    r"(?i:delete|erase|remove|anonymi[sz]e|slet|slettes|skal slettes|fjern|anonymiser)\??"
)
YES_MARKS = frozenset({"y", "yes", "ja", "j", "x", "✓", "✔", "1", "true"})
DONE_HEADER = re.compile(r"(?i:done|udført|handled|håndteret|slettet|removed|deleted)")
DONE_MARKS = frozenset({"x", "✓", "✔", "ja", "yes"})
MOVED_CELL = re.compile(  # a status or remark column: the row's employee moved on and stays
    r"(?i:overført|overflyttet|transferred|flyttet til\b.*\bbeholder\b.*|moved to\b.*\bkeeps?\b.*"
    r"|(?:beholder|keeps?)[ \t]+(?:sit[ \t]+|sin[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+|the[ \t]+)?"
    r"(?:nr|nummer|lokalnummer|lokal|number|extension)\b.*)$"
)
EXTENSION_CELL = re.compile(  # "610", "(610)", "lok. 610", "ext 0412", "lokalnr: 0412",
    # "214 (reception)"
    # "x2101", "#2104", "EXT#2201"
    r"\(?(?:(?:lok\w*\.?(?:[ \t]*nr)?|ext\w*|intern|x|#)\.?#?[ \t]*:?[ \t]*)?(\d{1,6})\)?"
    r"(?:[ \t]*\([^()]*\))?",
    re.IGNORECASE,
)


def last_label_words(cell: str) -> str:
    """The column label a header's first cell ends with, where a sentence leads into
    the header ("… for følgende, format efternavn;fornavn;lokal:"), else the cell."""
    words = tokenize(PARENTHESIS.sub(" ", cell).replace("_", " "))
    known = all_header_words()
    if " ".join(words) in known:
        return cell  # a label and nothing else ("Full name", "Nuværende navn")
    for length in (3, 2, 1):
        if len(words) > length and " ".join(words[-length:]) in known:
            return " ".join(words[-length:])
    return cell


def header_prose(line: str, separator: str) -> str:
    """The sentence before a header's first label, kept for reading ("Ishøj VVS ønsker
    indsigt (art. 15) for følgende, format "), or "" for a header row of labels only."""
    first = cells(line, separator)[0]
    label = last_label_words(first)
    if label == first:
        return ""
    at = first.lower().rfind(label.split()[0])
    return first[:at] if at > 0 else ""


GROUPED_DIGITS = re.compile(r"^(\d{1,2})[.,  ](\d{3})$")


def extension_in(row: list[str], column: int, widened: bool) -> str | None:
    """The number in a row's extension cell: a cell that holds a number and nothing else
    of note, so a remark in the wrong column ("Stoppet 30/6") gives none. A row with
    more cells than its header (`widened`: a spacer cell) gives the next such cell."""
    candidates = [row[column]] + (row[column + 1 :] if widened else [])
    for index, cell in enumerate(candidates):
        cell = GROUPED_DIGITS.sub(r"\1\2", cell.strip())  # "1.401": a spreadsheet's thousands
        match = EXTENSION_CELL.fullmatch(cell)
        if match and len(match.group(1)) >= (1 if index == 0 else 2):  # "5" under "Lok."
            return match.group(1)
    return None


FIELD_COLUMN = re.compile(r"(?i:felt|field|felt der skal rettes|hvad|what|attribut\w*)")


def corrects_other_field(row: list[str], labels: list[str], first: list[str]) -> bool:
    """Whether a header's corrected-value column is not a name: beside a plain name column,
    with no old-name column, and with a value in the first row that shares no word with
    the name ("Ext | Name | Shown now | Correct" above "38 | Freja Lindqvist | Sales |
    Customer Service"; not "navn;lok;ret til" above "Ewa Kowalczyk;5710;Ewa Kowalczyk-Jensen")."""
    names, new = labelled(labels, "name"), labelled(labels, "new")
    if len(names) != 1 or not new or labelled(labels, "old"):
        return False
    if any(NAME_WORD_IN_HEADER.search(row[column]) for column in new):
        return False
    if names[0] >= len(first):
        return False
    name_words = set(first[names[0]].lower().split())
    return not any(
        column < len(first) and name_words & set(first[column].lower().split())
        for column in new
    )


def export_columns(
    line: str, first_row: str = ""
) -> tuple[str, int, tuple[int, ...], int] | None:
    """(separator, number of cells, name columns in reading order, extension column) of
    a header row naming a name and an extension column (three cells or more when they
    are split by commas); `first_row` tells a corrected name from a corrected field."""
    for separator in EXPORT_SEPARATORS:
        row = cells(line, separator)
        if len(row) < (3 if separator == "," else 2):  # "Navn, lokal" may be prose
            continue
        if separator == "\t" and not all(cell.strip() for cell in row):
            continue  # "Name\t\t\tExtension": tabs that align columns, read as "  "
        labels = [header_label(cell) for cell in row]
        labels[0] = header_label(last_label_words(row[0]))
        extension = labelled(labels, "extension") or [  # "Tlf. (intern)": a phone column
            column for column, cell in enumerate(row) if INTERNAL_NOTE.search(cell)  # noted
        ]  # as the internal one
        # "Lok. | Står som | Korrekt navn", "navn;lok;ret til": the corrected name is the
        # name, unless a column says which field changes ("Felt | Står nu | Skal være")
        changes_field = any(FIELD_COLUMN.fullmatch(cell.strip()) for cell in row) or (
            corrects_other_field(row, labels, cells(first_row, separator))
        )
        first_choice, second_choice = ("name", "new") if changes_field else ("new", "name")
        full = labelled(labels, first_choice) or labelled(labels, second_choice)
        first = labelled(labels, "first")
        last = labelled(labels, "last")
        middle = labelled(labels, "middle")
        if len(extension) != 1:
            continue
        if len(full) > 1:  # "Navn" beside "Ansat" (a hire date) or "Leder": the plain one
            full = [column for column in full if labels[column] in PLAIN_NAME_LABELS] or full
        if len(full) > 1 and first_row:  # "Medarbejder" beside "Ansat" over "2020-05-01":
            values = cells(first_row, separator)  # the column whose value has no digit
            full = [column for column in full if column < len(values)
                    and not any(char.isdigit() for char in values[column])] or full
        if len(full) == 1:
            return separator, len(row), (full[0],), extension[0]
        if len(first) == 1 and len(last) == 1:
            parts = (first[0], middle[0], last[0]) if len(middle) == 1 else (first[0], last[0])
            return separator, len(row), parts, extension[0]
    return None


NAME_WORD_IN_HEADER = re.compile(r"(?i:navn|name)")
INTERNAL_NOTE = re.compile(r"(?i:\b(?:tlf|telefon|phone|nummer|number|nr)\b[^()\n]{0,12}"
                           r"\((?:intern|internal|lokal|local)\))")
PLAIN_NAME_LABELS = frozenset({"navn", "name", "full name", "fulde navn", "fuldt navn",
                               "medarbejdernavn", "employee name"})


def join_name_columns(text: str) -> str:
    """`text` with first- and last-name columns of every table joined into one cell."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        header = name_columns(lines[index])
        if header is None:
            index += 1
            continue
        separator, width, columns = header
        index += 1
        end = rows_end(lines, index, separator, width)
        for row_index in range(index, end):
            row = cells(lines[row_index], separator)
            parts = (row[column].strip() for column in columns)
            row[columns[0]] = " ".join(part for part in parts if part not in ("", "-"))
            for column in sorted(columns[1:], reverse=True):
                del row[column]
            lines[row_index] = f" {separator} ".join(cell.strip() for cell in row)
        index = end
    return "\n".join(lines)


KEEP_CELL = re.compile(  # a row's own note that the employee stays ("Lone Bech;302;behold"),
    # or that nothing is to be done ("Ingen handling", "keep (owner)", "no action")
    r"[ \t]*(?i:(?:behold|beholdes|bevares|bevar|keep|retain)(?:[ \t]+[^\W\d_]+){0,2}"
    r"|bliver|kept|stays|ikke slet"  # (also "Behold optagelse", "keep recording")
    r"|skal ikke slettes|do not delete|don't delete|not leaving|ingen handling|ingen ændring"
    r"|no action|nothing|intet)[ \t!.]*(?:\([^()\n]{1,30}\))?[ \t!.]*"
)


def without_kept_rows(text: str) -> str:
    """`text` with the cells of each table row marked as staying emptied ("Grace Okafor |
    2202 | KEEP" under "all of them except the two marked KEEP"): the row is no request,
    and stays a row so the table around it is read as before."""
    if not KEEP_CELL.search(text):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        for separator in SEPARATORS:
            row = line.split(separator)
            if len(row) >= 3 and any(KEEP_CELL.fullmatch(cell) for cell in row):
                lines[index] = separator.join("-" if cell.strip() else cell for cell in row)
                break
        else:  # columns aligned with spaces: "Tove Riis          40        Behold"
            row = ALIGNED_GAP.split(line.strip())
            if len(row) >= 3 and any(KEEP_CELL.fullmatch(cell) for cell in row):
                lines[index] = ALIGNED_CELL.sub("-", line)
    return "\n".join(lines)


ALIGNED_GAP = re.compile(r"[ \t]{2,}")
ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")


def blank_id_columns(text: str) -> str:
    """`text` with the cells under id headers ("Kunde-ID", "CVR", "Mobil") emptied, so
    a customer number in a row is not read as the employee's extension, and the column
    under an old-name header ("Nuværende navn") left out where the table also gives the
    corrected name ("Korrekt navn"), so a renamed employee is named once, as now; so is
    one whose name a second column gives in another script ("navn (original)")."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        found = blanked_columns(lines[index])
        if found is None:
            index += 1
            continue
        separator, width, blanked, dropped, twins = found
        rule = index + 1 < len(lines) and RULE_LINE.fullmatch(lines[index + 1]) is not None
        end = rows_end(lines, index + 2, separator, width) if rule else rows_end(
            lines, index, separator, width
        )  # (a rule under the header: "----------+-----------")
        if twins is not None:  # "navn;navn (original);lokalnummer": one spelling kept
            dropped = [*dropped, twins[1]]
        for row_index in range(index, end):
            if rule and row_index == index + 1:
                continue
            row = cells(lines[row_index], separator)
            if row_index != index:  # the header's labels stay readable
                for column in blanked:
                    row[column] = "-"
                row = with_one_spelling(row, twins)
            row = [cell for column, cell in enumerate(row) if column not in dropped]
            lines[row_index] = separator.join(row)
        index = max(end, index + 1)
    return "\n".join(lines)


def blanked_columns(
    line: str,
) -> tuple[str, int, list[int], list[int], tuple[int, int] | None] | None:
    """(separator, number of cells, id columns, old-name columns, the name column and
    the column of the same name in another spelling) of a header row with id columns,
    with both an old-name and a new-name column, or with a name in two spellings."""
    for separator in SEPARATORS:
        row = cells(line, separator)
        if len(row) < 2 or row[0].rstrip().endswith(":"):
            continue  # ("Mobil:\t\t+45 22 41 87 09": a field and its value, no header)
        labels = [header_label(cell) for cell in row]
        blanked = labelled(labels, "id")
        dropped = []
        if any(label in header_words("new") for label in labels):
            dropped = labelled(labels, "old")
        twins = spelling_columns(row, labels)
        if blanked or dropped or twins:
            return separator, len(row), blanked, dropped, twins
    return None


OTHER_SPELLING = re.compile(  # "navn (original)", "Name (native script)", "Navn på kyrillisk"
    r"(?i:\b(?:original\w*|native|script|skrift|translit\w*|kyrillisk|cyrillic|alias))"
)


def spelling_columns(row: list[str], labels: list[str]) -> tuple[int, int] | None:
    """The name column and a column of the same name in another spelling or script
    ("navn;navn (original);lokalnummer"), when the header has both."""
    names = labelled(labels, "name")
    other = [i for i in names if OTHER_SPELLING.search(row[i])]
    main = [i for i in names if i not in other]
    return (main[0], other[0]) if main and other else None


def with_one_spelling(row: list[str], twins: tuple[int, int] | None) -> list[str]:
    """A row whose name column holds the name, in the other spelling where it is empty
    (";Ιωάννης Νικολάου;651"); the other column is then left out."""
    if twins is None or max(twins) >= len(row):
        return row
    main, other = twins
    if not row[main].strip():
        row[main] = row[other]
    return row


FIELD_LINE = re.compile(r"^([ \t]*(?:[-•*][ \t]*)?)([^\W\d][^:\n|]{1,40}?)[ \t]*:[ \t]*(\S[^\n]*)$",
                        re.MULTILINE)


def blank_old_name_fields(text: str) -> str:
    """`text` with the value of an old-name field left out where a field gives the
    corrected name ("Currently registered: Katarzyna Nowak Lewandowski" above "Correct:
    Katarzyna Nowak-Lewandowska"), as a table's old-name column is."""
    fields = list(FIELD_LINE.finditer(text))
    labels = [header_label(field.group(2)) for field in fields]
    if not any(label in header_words("new") for label in labels):
        return text
    for field, label in reversed(list(zip(fields, labels, strict=True))):
        if label in header_words("old"):  # the name only: "..., ext. 1187" stays
            name = OLD_NAME_PART.match(field.group(3))
            end = field.start(3) + (name.end() if name else len(field.group(3)))
            text = text[: field.start(3)] + "-" + text[end:]
    return text


OLD_NAME_PART = re.compile(
    r"[^,(–—\n]*?(?=[ \t]*(?:[,(–—]|[ \t]-[ \t]|\b(?i:ext|lok|lokal|intern)\b|$))"
)


def name_columns(line: str) -> tuple[str, int, tuple[int, ...]] | None:
    """(separator, number of cells, the name's columns in reading order: first, middle
    if there is one, last) of a header row that splits a name."""
    for separator in SEPARATORS:
        row = cells(line, separator)
        if len(row) < 2 or row[0].rstrip().endswith(":"):
            continue  # ("Mobil:\t\t+45 22 41 87 09": a field and its value, no header)
        labels = [header_label(cell) for cell in row]
        first = labelled(labels, "first")
        last = labelled(labels, "last")
        middle = labelled(labels, "middle")
        if len(first) == 1 and len(last) == 1 and first[0] != last[0]:
            if len(middle) == 1 and middle[0] not in (first[0], last[0]):
                return separator, len(row), (first[0], middle[0], last[0])
            return separator, len(row), (first[0], last[0])
    return None


def rows_end(lines: list[str], start: int, separator: str, width: int, exact: bool = True,
             starts: tuple[int, ...] = ()) -> int:
    """Where the rows of a table beginning at `start` end: at the first line with
    another number of cells (or, not `exact`, fewer than `width`)."""
    end = start
    while end < len(lines):
        count = len(row_cells(lines[end], separator, starts))
        if not exact and separator != "  ":  # "Dorthe Vad Pedersen\t+45 70 20 30 41\t": an
            count = len(lines[end].split(separator))  # empty last cell still counts
        if count != width if exact else count < width:
            break
        end += 1
    return end


def cells(line: str, separator: str) -> list[str]:
    """The cells of a row, without the empty ones a trailing separator leaves; "  "
    splits at any run of two or more spaces or tabs (a plain-text table)."""
    row = ALIGNED.split(line.strip()) if separator == "  " else line.split(separator)
    while row and not row[-1].strip():
        row.pop()
    return row


def row_cells(line: str, separator: str, starts: tuple[int, ...] = ()) -> list[str]:
    """The cells of a row; in a plain-text table whose header columns start at `starts`,
    a row whose cells run together ("Nordjysk Fjernvarme Hans-Christian Møller    1204",
    a long customer name filling its column) is cut where the header's columns start."""
    row = cells(line, separator)
    if len(starts) > len(row) >= 2:  # (two cells at least: a row, not prose)
        return aligned_cells(line, starts) or row
    return row


def column_starts(header: str) -> tuple[int, ...]:
    """Where each column of a plain-text table's header row starts."""
    return tuple(m.start() for m in re.finditer(r"\S+(?:[ ]\S+)*", header))


def aligned_cells(line: str, starts: tuple[int, ...]) -> list[str] | None:
    """`line` cut at the columns' starts, each cut on the space before a column (two
    characters of slack); None when a word runs across a column's start."""
    cuts = []
    for start in starts[1:]:
        cut = next((at for at in (start, start - 1, start + 1, start - 2, start + 2)
                    if 0 < at < len(line) and line[at - 1] == " " and line[at] != " "), None)
        if cut is None:
            return None
        cuts.append(cut)
    if cuts != sorted(set(cuts)):
        return None
    pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return pieces if all(pieces) else None


PARENTHESIS = re.compile(r"\([^)]*\)")


def header_label(cell: str) -> str:
    """A header cell as the column word lists spell it: lower case, "_" as a space, and
    without a note in brackets ("Navn (efternavn, fornavn)", "Ext. (intern)")."""
    return " ".join(tokenize(PARENTHESIS.sub(" ", cell).replace("_", " ")))


def labelled(labels: list[str], column: str) -> list[int]:
    """Indexes of the header labels that name a column of the kind `column`."""
    return [index for index, label in enumerate(labels) if label in header_words(column)]


@cache
def all_header_words() -> frozenset[str]:
    """Every column label of `table_name_columns.txt`, of whatever kind (read for each
    line of every mail, so built once)."""
    kinds = ("name", "first", "middle", "last", "extension", "id", "old", "new")
    return frozenset().union(*(header_words(kind) for kind in kinds))


@cache
def header_words(column: str) -> frozenset[str]:
    """Header labels of a first- or last-name column (`table_name_columns.txt`)."""
    return frozenset(
        " ".join(tokenize(label))
        for entry in read_lexicon("table_name_columns")
        for kind, _, label in [entry.partition(":")]
        if kind.strip() == column
    )


# "Berørt bruger: Mette Kjær Hansen", or a two-cell table row "Berørt bruger | Søren ..."
FORM_FIELD = re.compile(r"^[ \t]*([^\W\d][^:|\t\n]{0,30}?)[ \t]*(?::|\||\t)[ \t]*(\S[^\n]*)?$")
LIST_ITEM_LINE = re.compile(r"^[ \t]*[-•*·][ \t]+\S")
COLUMN_GAP = re.compile(r"\t+|[ \t]*[|;][ \t]*| {2,}")


def employee_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines that name employees in a ticket system's form or a table,
    written below an agent's signature: "Berørt bruger: Mette Kjær Hansen", "Lokalnummer:
    412", "Affected users:" with its list items, a "Navn   Lokalnummer" header with its
    rows up to the next blank line."""
    kept: list[int] = []
    names_someone = False  # (an extension alone, "Lokal: 214", is the agent's own)
    index = 0
    while index < len(lines):
        line = lines[index].rstrip("\r\n")
        field = FORM_FIELD.match(line)
        if field and names_employee_column(field.group(1)):
            names_someone = names_someone or header_label(field.group(1)) in header_words("name")
            kept.append(index)
            if not field.group(2):  # "Affected users:" and its list items
                while index + 1 < len(lines) and LIST_ITEM_LINE.match(lines[index + 1]):
                    index += 1
                    kept.append(index)
        elif is_employee_header(line):
            names_someone = True
            kept.append(index)
            while index + 1 < len(lines) and lines[index + 1].strip():
                index += 1
                kept.append(index)
        index += 1
    return kept if names_someone else []


def names_employee_column(label: str) -> bool:
    """Whether a label names the employee or the extension column."""
    words = header_label(label)
    return words in header_words("name") or words in header_words("extension")


def is_employee_header(line: str) -> bool:
    """Whether a line is a table header with both a name and an extension column."""
    labels = [header_label(cell) for cell in COLUMN_GAP.split(line.strip()) if cell.strip()]
    return len(labels) >= 2 and bool(labelled(labels, "name")) and bool(
        labelled(labels, "extension")
    )

