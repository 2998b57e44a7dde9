"""One dictionary, both languages: every key in Dutch and English, the same placeholders, no hard-coded text."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from dashboard.i18n import LANGS, TEXTS, label, requested_lang, t

ROOT = Path(__file__).resolve().parents[2]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_key_has_both_languages_non_empty():
    problems = [
        key
        for key, entry in TEXTS.items()
        if set(entry) != set(LANGS)
        or not all(isinstance(entry[lang], str) and entry[lang].strip() for lang in LANGS)
    ]
    assert problems == []


def test_placeholders_match_between_languages():
    mismatched = {
        key: (_fields(entry["nl"]), _fields(entry["en"]))
        for key, entry in TEXTS.items()
        if _fields(entry["nl"]) != _fields(entry["en"])
    }
    assert mismatched == {}


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_formats_with_its_placeholders(lang):
    for key, entry in TEXTS.items():
        values = dict.fromkeys(_fields(entry[lang]), "x")
        assert t(key, lang, **values) if values else t(key, lang)


def test_english_is_translated_not_copied():
    """Identical nl and en texts are only allowed for short words both languages share and programme names."""
    same = {key for key, entry in TEXTS.items() if entry["nl"] == entry["en"]}
    suspicious = {key for key in same if len(TEXTS[key]["nl"].split()) > 3 and not key.startswith("gli.")}
    assert suspicious == set()


def test_share_texts_are_registered_and_used_keys_exist():
    from dashboard.i18n import share_texts

    assert set(share_texts.TEXTS) <= set(TEXTS)
    for module in (
        "dashboard/render/report.py",
        "dashboard/ui/share_components.py",
        "dashboard/ui/urlstate.py",
        "app_pages/presentatie.py",
        "app_pages/rapport.py",
        "dashboard/ui/presentation_components.py",
    ):
        for key in _literal_keys(ROOT / module):
            assert key in TEXTS, (module, key)


def test_label_falls_back_to_free_text():
    assert label("party", "gemeente", "en") == TEXTS["party.gemeente"]["en"] != TEXTS["party.gemeente"]["nl"]
    assert label("party", "Buurtvereniging De Eik", "en") == "Buurtvereniging De Eik"


def _literal_keys(path: Path) -> set[str]:
    """Text keys passed literally to t(...) in a module."""
    keys = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "t"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            keys.add(node.args[0].value)
    return keys


# Streamlit calls that put text in front of the user: their text arguments must come from dashboard.i18n.
_DISPLAY_CALLS = {
    "title", "header", "subheader", "markdown", "caption", "write", "text", "info", "warning", "error", "success",
    "toast", "button", "download_button", "link_button", "page_link", "selectbox", "multiselect", "radio",
    "checkbox", "toggle", "slider", "select_slider", "number_input", "text_input", "text_area", "file_uploader",
    "segmented_control", "pills", "expander", "tabs", "metric", "spinner", "status", "popover", "form_submit_button",
    "date_input", "Page",
}  # fmt: skip
_TEXT_KWARGS = {"label", "help", "placeholder", "body", "title", "caption", "text"}
# Literal text that is deliberately the same in both languages.
_ALLOWED_LITERALS = {"Taal / Language"}


def _literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return None


def _hard_coded_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if node.func.attr not in _DISPLAY_CALLS:
            continue
        candidates = list(node.args[:1]) + [kw.value for kw in node.keywords if kw.arg in _TEXT_KWARGS]
        if node.func.attr == "tabs" and node.args and isinstance(node.args[0], ast.List | ast.Tuple):
            candidates = list(node.args[0].elts)
        for arg in candidates:
            text = _literal_text(arg)
            if text is None or text in _ALLOWED_LITERALS or text.endswith(".py"):
                continue
            if sum(ch.isalpha() for ch in text) >= 2:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    return found


# Every module that talks to the user through Streamlit: the router, the pages and the ui package.
UI_MODULES = sorted(
    [
        ROOT / "app.py",
        *(ROOT / "app_pages").glob("*.py"),
        *(ROOT / "dashboard" / "ui").glob("*.py"),
        ROOT / "dashboard" / "export" / "downloads.py",
    ]
)


def test_ui_module_scan_covers_real_files():
    """A scan of a folder that no longer exists would check nothing: fail loudly instead."""
    assert all(path.exists() for path in UI_MODULES)
    assert len([p for p in UI_MODULES if p.parent.name == "app_pages"]) >= 9


@pytest.mark.parametrize("path", UI_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_hard_coded_user_text_in_streamlit_calls(path):
    assert _hard_coded_texts(path) == []


# Modules that produce messages for the user outside Streamlit calls: the importer, the gemeente resolver, the
# region table check and the command line. Their texts must come from the catalogue (keys with parameters).
MESSAGE_MODULES = sorted(
    [
        *(ROOT / "dashboard" / "ingest").glob("*.py"),
        ROOT / "dashboard" / "cli.py",
        ROOT / "dashboard" / "cli_register.py",
        *(ROOT / "dashboard" / "register").glob("*.py"),
        # The fall-prevention estimate: the model, how it reads, its JSON and CSV, the area and the typed values.
        ROOT / "dashboard" / "analysis" / "valpreventie.py",
        ROOT / "dashboard" / "render" / "valpreventie_text.py",
        ROOT / "dashboard" / "export" / "valpreventie.py",
        ROOT / "dashboard" / "ui" / "valpreventie_state.py",
        ROOT / "dashboard" / "ui" / "valpreventie_input.py",
        ROOT / "geo" / "codes.py",
        ROOT / "geo" / "regions.py",
        ROOT / "geo" / "build.py",
        ROOT / "geo" / "__main__.py",
    ]
)
# Literal data, not messages: spellings users type (vocab).
_DATA_MODULES = {"vocab.py"}
# Literals that are no message to a user: a gemeente name, and English errors for programmers.
_ALLOWED_SENTENCES = {
    "Nuenen c.a.",
    # a concern's name exactly as the zorgkantoor source spells it (matched, never shown)
    "Salland (later Eno, renamed Salland again)",
    "latin-1 decodes any byte string",
    "invalid gemeente code in the gemeente list: ",
    "unknown gemeente code: ",
    "unknown kind of area: ",
    # The valpreventie JSON's fixed label: a stable interface for scripts, like its Dutch keys.
    "schatting op basis van gepubliceerde kengetallen",
    # pandas' own English about a row with a cell too many, matched to say it with row and count in our words.
    r"Expected (\d+) fields in line (\d+), saw (\d+)",
    # argparse's own English, matched by the CLI to put its Dutch wording in its place.
    "one of the arguments ",
    "not allowed with argument",
}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


# Files still waiting to move into the catalogue, listed explicitly rather than silently allowed (none left).
_PENDING_FILES: set[str] = set()
_PENDING_SENTENCES: set[str] = set()


def _literal_sentences(path: Path, root: Path = ROOT) -> list[str]:
    """String literals that read as a message: two or more words ending in punctuation, or four or more words."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_nodes(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in docstrings:
            continue
        if node.value in _ALLOWED_SENTENCES or node.value in _PENDING_SENTENCES:
            continue
        words = [word for word in node.value.split() if any(ch.isalpha() for ch in word)]
        sentence = len(words) >= 2 and node.value.strip().endswith((".", "?", "!", ":"))
        if sentence or len(words) >= 4:
            found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value!r}")
    return found


def test_message_module_scan_covers_real_files():
    names = {path.name for path in MESSAGE_MODULES}
    assert {"reading.py", "validation.py", "vocab.py", "cli.py", "codes.py", "regions.py"} <= names
    assert all(path.exists() for path in MESSAGE_MODULES)


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in MESSAGE_MODULES
        if p.name not in _DATA_MODULES and p.relative_to(ROOT).as_posix() not in _PENDING_FILES
    ],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_literal_messages_in_importer_resolver_or_cli(path):
    assert _literal_sentences(path) == []


def test_scan_finds_a_literal_message(tmp_path):
    """The scan is not vacuous: a Dutch sentence in code is caught, a key or a docstring is not."""
    module = tmp_path / "sample.py"
    module.write_text(
        '"""Docstring with many words in it."""\nx = "ingest.year.missing"\ny = "Het jaar ontbreekt."\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in _literal_sentences(module, tmp_path)] == [
        "'Het jaar ontbreekt.'"
    ]


# --------------------------------------------------------------------------------------------------------------
# Plurals


def test_every_plural_has_every_form_of_both_languages():
    from babel import Locale

    from dashboard.i18n import PLURALS

    problems = []
    for key, entry in PLURALS.items():
        if set(entry) != set(LANGS):
            problems.append((key, "languages"))
            continue
        for lang in LANGS:
            needed = set(Locale.parse(lang).plural_form.tags) | {"other"}
            forms = entry[lang]
            if set(forms) != needed or not all(text.strip() for text in forms.values()):
                problems.append((key, lang))
        fields = {(lang, form): _fields(text) - {"n"} for lang in LANGS for form, text in entry[lang].items()}
        if len(set(map(frozenset, fields.values()))) != 1:
            problems.append((key, "placeholders"))
    assert problems == []


@pytest.mark.parametrize(
    ("key", "n", "lang", "expected"),
    [
        ("notice.rejected", 1, "nl", "1 rij uit de gegevens is afgekeurd en wordt niet getoond"),
        ("notice.rejected", 3, "nl", "3 rijen uit de gegevens zijn afgekeurd en worden niet getoond"),
        ("notice.rejected", 0, "nl", "0 rijen uit de gegevens zijn afgekeurd"),
        ("notice.rejected", 1, "en", "1 row of the data was rejected and is not shown"),
        ("notice.rejected", 2, "en", "2 rows of the data were rejected"),
        ("chart.hover.count", 1, "nl", "1 initiatief"),
        ("chart.hover.count", 2, "nl", "2 initiatieven"),
        ("chart.hover.count", 1509, "nl", "1.509 initiatieven"),
        ("chart.hover.count", 1509, "en", "1,509 initiatives"),
        ("cli.validate.rejected", 1, "nl", "Resultaat: 1 rij afgewezen"),
        ("cli.validate.rejected", 4, "nl", "Resultaat: 4 rijen afgewezen"),
    ],
)
def test_plural_forms(key, n, lang, expected):
    from dashboard.i18n import tn

    assert tn(key, n, lang).startswith(expected)


def test_plural_keys_are_not_plain_keys():
    from dashboard.i18n import PLURALS

    assert not set(PLURALS) & set(TEXTS)
    with pytest.raises(KeyError):
        t(next(iter(PLURALS)), "nl")


def test_no_ad_hoc_plural_texts_left():
    """No "rij(en)", "cel(len)", "problem(s) " or ".one" keys: every count-dependent text goes through PLURALS and tn()."""
    from dashboard.i18n import PLURALS

    texts = [text for entry in TEXTS.values() for text in entry.values()]
    texts += [text for entry in PLURALS.values() for forms in entry.values() for text in forms.values()]
    ad_hoc = ("(en)", "(men)", "(len)", "(s) ", "probleem/problemen")
    assert [text for text in texts if any(form in text for form in ad_hoc)] == []
    assert [key for key in (*TEXTS, *PLURALS) if key.endswith(".one")] == []


# --------------------------------------------------------------------------------------------------------------
# Every key is used


# Key families built at run time (f"level.{code}", prefixed_text("grafieken.base.", ...)): a key is used when it
# starts with one of these. Listed explicitly, so a new family is a conscious choice.
DYNAMIC_FAMILIES = (
    "place.", "level.", "party.", "intervention.", "gli.", "funding.", "agreement.", "reach.", "target.",
    "context.name.", "context.title.", "dl.col.", "grafieken.base.", "grafieken.kind.", "kaart.layer.",
    "kaart.measure.", "map.border.", "map.measure.", "mijnregio.gaps.kind.", "mijnregio.kf.",
    "nav.", "need.class.", "need.cond.", "need.measure.", "need.offer.", "need.percap.", "nood.direction.",
    "nood.scenario.", "report.chart.", "report.gaps.", "report.month.", "report.where.", "sidebar.",
    "slide.", "table.", "chart.interventions.base.", "chart.years.legend.", "cli.summary.col.",
    "vp.chart.tornado.", "vp.col.", "vp.financier.", "vp.input.suffix.", "vp.input.unit.", "vp.missing.",
    "vp.param.", "vp.unit.",
    # the register (landed meanwhile): roles, tabs, form fields, import kinds, history columns and scopes
    "register.role.", "register.tab.", "register.field.", "register.import.", "register.history.scope.",
    "register.action.",
    "history.", "gegevens.mode.",
    # money beside cooperation, GALA per gemeente and similar gemeenten
    "money.measure.", "money.option.", "gala.level.", "similar.criterion.", "similar.col.",
    # the template workbook's instruction lines and the header of its sheet of allowed values
    "template.instruction.", "template.allowed.header.",
)  # fmt: skip
_CODE_FOLDERS = ("app_pages", "dashboard", "geo", "tools")


def _code_strings() -> tuple[set[str], set[str]]:
    """Every string literal in the app's code (catalogue modules excluded), and f-string prefixes."""
    files = [ROOT / "app.py", *(path for folder in _CODE_FOLDERS for path in (ROOT / folder).rglob("*.py"))]
    literals: set[str] = set()
    prefixes: set[str] = set()
    for path in files:
        if path.parent.name == "i18n" and path.name.endswith("_texts.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(str(node.values[0].value))
    return literals, prefixes


def test_every_catalogue_key_is_used():
    from dashboard.i18n import PLURALS

    literals, _ = _code_strings()
    unused = sorted(
        key
        for key in (*TEXTS, *PLURALS)
        if key not in literals and not any(key.startswith(family) for family in DYNAMIC_FAMILIES)
    )
    assert unused == []


def test_dynamic_families_are_really_built_in_code():
    """A family that no code builds any more would hide unused keys: every listed family must occur, as an
    f-string or literal prefix ("level.") or as the kind a vocabulary builds its keys from ("level")."""
    literals, prefixes = _code_strings()
    built = {f for f in DYNAMIC_FAMILIES if f in prefixes or f in literals or f[:-1] in literals}
    assert sorted(set(DYNAMIC_FAMILIES) - built) == []


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["validate", "x.csv", "--lang", "en"], "en"),
        (["--lang=en", "users", "add"], "en"),
        (["validate", "x.csv"], "nl"),
        (["validate", "--lang", "fr"], "nl"),  # the parser reports the bad choice, in Dutch
        (["validate", "--lang"], "nl"),
        (["validate", "--", "--lang", "en"], "nl"),  # after -- it is an operand
    ],
)
def test_requested_lang_reads_lang_before_parsing(argv, lang):
    assert requested_lang(argv) == lang


# --------------------------------------------------------------------------------------------------------------
# Names of values in English

VOCABULARIES = (
    "level.",
    "party.",
    "intervention.",
    "gli.",
    "funding.",
    "agreement.",
    "reach.",
    "target.",
    "place.",
)
# Proper names (GLI programmes) and words both languages spell alike: the same text is right in English.
SAME_IN_ENGLISH = frozenset(
    {"intervention.diabetes", "gli.beweegkuur", "gli.cool", "gli.slimmer", "gli.samen_sportief_in_beweging"}
)


def test_no_vocabulary_label_is_left_in_dutch_for_english_readers():
    """A value's English name equal to its Dutch one is a translation someone forgot (``t`` would show it
    without complaint); only proper names may read the same."""
    same = sorted(
        key
        for key, entry in TEXTS.items()
        if key.startswith(VOCABULARIES) and entry["en"] == entry["nl"] and key not in SAME_IN_ENGLISH
    )
    assert same == []
    assert all(
        TEXTS[key]["en"] == TEXTS[key]["nl"] for key in SAME_IN_ENGLISH
    )  # the list holds no stale keys


def test_every_kind_of_party_in_the_shipped_data_has_an_english_name():
    """Partners outside RIVM's figure 2 (buurtsportcoach, woningcorporatie, ...) are free text in the data.
    A one-word lower-case partner is a kind of organisation, not a name: it gets an English label instead of
    showing as the Dutch word. Names ("Radboudumc", "FC Twente (Scoren in de wijk)") stay as written."""
    import re

    from dashboard.ingest.validation import data_path, load_path

    parties = {party for row in load_path(data_path()).records["partijen"] for party in row}
    kinds = {party for party in parties if re.fullmatch(r"[a-zà-ÿ_]+", party)}
    assert len(kinds) >= 10  # not vacuous: the shipped data names many kinds of partner
    assert (
        sorted(party for party in kinds if label("party", party, "en") == label("party", party, "nl")) == []
    )
    assert label("party", "ROS", "en").startswith("ROS (")
