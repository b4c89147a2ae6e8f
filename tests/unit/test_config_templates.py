"""Operator overrides: templates from a folder and company facts from [company],
checked by `intake config check` before anything is sent."""

from __future__ import annotations

from pathlib import Path

from intake.config_check import check_settings
from intake.settings import ReplySettings, Settings, load_settings
from intake.wiring import company_of
from replies.render import make_environment, render_reply, render_staff_reply
from tests.unit.test_render import body_text, make_request
from tests.unit.test_staff_replies import staff_request


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems_for(root: Path) -> list[str]:
    return check_settings(Settings(replies=ReplySettings(templates_dir=str(root))))


def test_a_valid_override_passes(tmp_path: Path) -> None:
    write(tmp_path, "da/_signature.txt.j2", "Mange hilsner\n{{ company.from_name }}\n")
    write(tmp_path, "en/acknowledge.txt.j2",
          '{% include "en/_greeting.txt.j2" %}\n\nCase {{ ref }}, due {{ due }}.\n')
    assert problems_for(tmp_path) == []


def test_undefined_variable_in_an_override_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "da/acknowledge.txt.j2", "Hej {{ customer_name }}\n")
    problems = problems_for(tmp_path)
    assert problems
    assert all(str(path) in problem for problem in problems)
    assert "'customer_name' is undefined" in problems[0]
    assert "da/acknowledge.txt.j2" in problems[0]


def test_undefined_attribute_in_a_partial_is_reported_once_per_message(tmp_path: Path) -> None:
    path = write(tmp_path, "en/_signature.txt.j2", "Kind regards\n{{ company.phone }}\n")
    problems = problems_for(tmp_path)
    assert len(problems) >= 1
    assert str(path) in problems[0] and "phone" in problems[0]
    assert len(problems) == len(set(problems))


def test_missing_include_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "en/staff_refused.txt.j2", '{% include "en/_footer.txt.j2" %}\n')
    problems = problems_for(tmp_path)
    assert any("en/_footer.txt.j2" in problem and "TemplateNotFound" in problem
               for problem in problems)


def test_an_old_copy_of_the_macros_breaks_staff_replies_and_is_reported(tmp_path: Path) -> None:
    built_in = Path(__file__).resolve().parents[2] / "replies" / "templates" / "da"
    old = (built_in / "_macros.txt.j2").read_text(encoding="utf-8").split("{% macro months")[0]
    write(tmp_path, "da/_macros.txt.j2", old)
    problems = problems_for(tmp_path)
    assert problems and all("staff_" in problem for problem in problems)
    assert any("regarding" in problem for problem in problems)


def test_syntax_error_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "da/redirect_unknown_sender.txt.j2", "Hej\n{% if ref %}\n")
    assert problems_for(tmp_path) == [
        f"[replies] {path}: line 2: Unexpected end of template. Jinja was looking for the "
        "following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be "
        "closed is 'if'."
    ]


def test_a_misspelt_override_overrides_nothing_and_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "da/acknowlege.txt.j2", "Tak.\n")
    write(tmp_path, "da/_my_footer.txt.j2", "Own partial, included by nothing yet.\n")
    assert problems_for(tmp_path) == [
        f"[replies] {path}: no built-in template is called 'da/acknowlege.txt.j2', "
        "so it overrides nothing"
    ]


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    assert problems_for(tmp_path / "nope") == [
        f"[replies] templates_dir {str(tmp_path / 'nope')!r} is not a folder"
    ]


def test_company_and_templates_from_the_configuration_reach_the_replies(tmp_path: Path) -> None:
    write(tmp_path / "templates", "en/_signature.txt.j2",
          "Best wishes\n{{ company.from_name }}\n{{ company.signature }}\n")
    config = write(tmp_path, "intake.toml", f"""
[company]
name = "Telco"
from_name = "Telco Privacy"
support_address = "privacy@telco.example"
customer_portal = "my.telco.example"
voicemail_portal = "voice.telco.example"
signature = "Telco A/S, Vej 1, 8000 Aarhus"

[replies]
templates_dir = "{tmp_path / 'templates'}"
""")
    settings = load_settings(config, {"INTAKE_COMPANY_RESELLER_PORTAL": "partners.telco.example"})
    assert check_settings(settings) == []
    company, env = company_of(settings), make_environment(Path(settings.replies.templates_dir))

    message = render_reply(make_request(language="en", kind="access"), company, env)
    text = body_text(message)
    assert message["From"] == "Telco Privacy <privacy@telco.example>"
    assert message["Reply-To"] == "privacy@telco.example"
    assert "partners.telco.example" in text and "my.telco.example" in text
    assert text.endswith("Best wishes\nTelco Privacy\nTelco A/S, Vej 1, 8000 Aarhus\n")
    portability = body_text(render_reply(
        make_request(language="en", kind="portability"), company, env))
    assert "voice.telco.example" in portability

    staff = render_staff_reply(staff_request(language="da", text="Tak."), company, env)
    assert staff["From"] == "Telco Privacy <privacy@telco.example>"
    assert body_text(staff).endswith(
        "Venlig hilsen\nTelco Privacy\nprivacy@telco.example\nTelco A/S, Vej 1, 8000 Aarhus\n")
