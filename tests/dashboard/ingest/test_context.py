import math

import pandas as pd
import pytest

from dashboard.ingest.context import (
    BEVOLKING_COLUMNS,
    GEZONDHEID_COLUMNS,
    INDICATORS,
    STATUS_COLUMN,
    STATUS_NOT_PUBLISHED,
    ContextDataError,
    format_value,
    indicator_title,
    join_context,
    load_context,
    read_bevolking,
    read_gezondheid,
)
from geo.regions import load_indeling

WADDEN = ("GM0060", "GM0088", "GM0093", "GM0096")


@pytest.fixture(scope="module")
def codes() -> list[str]:
    return list(load_indeling()["gm_code"])


@pytest.fixture(scope="module")
def context(codes) -> pd.DataFrame:
    return load_context(codes)


def test_shipped_join_has_every_gemeente_once(context, codes):
    assert len(context) == 342
    assert list(context["gm_code"]) == codes
    assert context["gm_code"].is_unique
    assert context["inwoners"].notna().all() and context["pct_65plus"].notna().all()


def test_shipped_totals_match_the_sources(context):
    # SOURCES.md: NL population on 1-1-2024 and the sum of the derived 65+ estimates.
    assert context["inwoners"].sum() == 17_942_942
    assert context["inwoners_65plus_est"].sum() == 3_677_641
    assert context["pct_65plus"].between(10, 34).all()


def test_status_counts_and_wadden_not_published(context):
    assert context[STATUS_COLUMN].value_counts().to_dict() == {
        "ok": 261,
        "deels_onderdrukt": 62,
        "onderdrukt": 15,
        STATUS_NOT_PUBLISHED: 4,
    }
    wadden = context[context["gm_code"].isin(WADDEN)]
    assert (wadden[STATUS_COLUMN] == STATUS_NOT_PUBLISHED).all()
    assert wadden[list(GEZONDHEID_COLUMNS)].isna().all().all()
    # Their population is published: only the health side is missing.
    assert wadden["inwoners"].notna().all()


def test_suppressed_cells_stay_missing_never_zero(context):
    veendam = context.set_index("gm_code").loc["GM0047"]
    assert math.isnan(veendam["pct_mantelzorger"])  # blank in the source
    assert veendam["pct_overgewicht"] == 41.0
    suppressed = context[context[STATUS_COLUMN] == "onderdrukt"]
    assert len(suppressed) == 15 and suppressed[list(GEZONDHEID_COLUMNS)].isna().all().all()
    # No published percentage is 0 in these sources, so a 0 would mean a blank was misread.
    assert not (context[list(GEZONDHEID_COLUMNS)] == 0).any().any()
    assert context["pct_overgewicht"].isna().sum() == 23


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


HEALTH_HEADER = "gm_code,gm_naam," + ",".join(GEZONDHEID_COLUMNS) + ",status,leeftijd,meetjaar\n"


def _health_row(code, values, status="ok", age="16-25", year="2024"):
    cells = [str(v) for v in values] + [""] * (len(GEZONDHEID_COLUMNS) - len(values))
    return f"{code},X,{','.join(cells)},{status},{age},{year}\n"


@pytest.fixture
def bevolking_file(tmp_path):
    return _write(
        tmp_path / "bev.csv",
        "gm_code,gm_naam,inwoners,pct_65plus,inwoners_65plus_est,huishoudens,pct_eenpersoonshuishoudens\n"
        "GM0001,Een,1000,20,200,500,30\n"
        "GM0002,Twee,2000,,,900,\n",
    )


def test_hand_built_join_keeps_blank_missing_and_zero_zero(tmp_path, bevolking_file):
    health = _write(
        tmp_path / "gez.csv",
        HEALTH_HEADER + _health_row("GM0001", [50, 0, ""], status="deels onderdrukt"),
    )
    out = join_context(
        ["GM0001", "GM0002", "GM0003"], read_bevolking(bevolking_file), read_gezondheid(health)
    )
    by = out.set_index("gm_code")
    assert by.at["GM0001", "pct_eenzaam"] == 50.0
    assert by.at["GM0001", "pct_sterk_eenzaam"] == 0.0  # a real 0 stays 0
    assert math.isnan(by.at["GM0001", "pct_overgewicht"])  # blank: not published
    assert math.isnan(by.at["GM0002", "pct_65plus"])
    assert by.at["GM0001", STATUS_COLUMN] == "deels_onderdrukt"
    # Absent from the health table, absent from both tables: NaN and "niet gepubliceerd".
    assert by.at["GM0002", STATUS_COLUMN] == STATUS_NOT_PUBLISHED
    assert by.loc["GM0003", list(GEZONDHEID_COLUMNS)].isna().all()
    assert math.isnan(by.at["GM0003", "inwoners"])


def test_stray_code_is_refused(tmp_path, bevolking_file):
    with pytest.raises(ContextDataError, match="GM0002"):
        join_context(
            ["GM0001"],
            read_bevolking(bevolking_file),
            read_gezondheid(_write(tmp_path / "g.csv", HEALTH_HEADER)),
        )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (_health_row("GM0001", ["veel"]), "rij 2, kolom pct_eenzaam"),
        (_health_row("GM0001", [150]), "percentage buiten 0–100"),
        (_health_row("GM0001", [50], age="18+"), "leeftijd 16-25"),
        (_health_row("GM0001", [50], status="geheim"), "onbekende status"),
        (_health_row("GM0001", [50]) + _health_row("GM0001", [51]), "dubbel"),
    ],
)
def test_bad_health_files_are_refused_in_dutch(tmp_path, row, message):
    with pytest.raises(ContextDataError, match=message):
        read_gezondheid(_write(tmp_path / "g.csv", HEALTH_HEADER + row))


def test_missing_column_is_refused(tmp_path):
    with pytest.raises(ContextDataError, match="inwoners"):
        read_bevolking(_write(tmp_path / "b.csv", "gm_code,gm_naam\nGM0001,Een\n"))


def test_number_formats_follow_the_language():
    assert format_value("pct_overgewicht", 29.54, "nl") == "29,5%"
    assert format_value("pct_65plus", 25.0, "nl") == "25%"
    assert format_value("inwoners", 52000.0, "nl") == "52.000"
    assert format_value("pct_overgewicht", float("nan"), "nl") == "niet gepubliceerd"
    assert format_value("pct_overgewicht", float("nan"), "en") == "not published"


def test_titles_name_age_group_year_and_estimate():
    assert indicator_title("pct_overgewicht", "nl") == "% overgewicht (incl. obesitas), 16–25 jaar, 2024"
    assert indicator_title("pct_overgewicht", "en") == "% overweight (incl. obesity), ages 16–25, 2024"
    assert "schatting" in indicator_title("inwoners_65plus_est", "nl")
    assert INDICATORS["inwoners_65plus_est"].derived
    for code in INDICATORS:
        assert "2024" in indicator_title(code, "nl") and "2024" in indicator_title(code, "en")


def test_refusal_reads_in_the_readers_language_with_its_plural(tmp_path):
    with pytest.raises(ContextDataError) as several:
        read_bevolking(_write(tmp_path / "b.csv", "gm_code\nGM0001\n"))
    assert several.value.text("nl").startswith("b.csv: kolommen ontbreken: gm_naam, inwoners, ")
    assert several.value.text("en").startswith("b.csv: columns missing: gm_naam, inwoners, ")
    header = ",".join(["gm_code", "gm_naam", *BEVOLKING_COLUMNS[1:]])
    with pytest.raises(ContextDataError) as one:
        read_bevolking(_write(tmp_path / "c.csv", header + "\n"))
    assert one.value.text("nl") == f"c.csv: kolom ontbreekt: {BEVOLKING_COLUMNS[0]}"
    assert one.value.text("en") == f"c.csv: column missing: {BEVOLKING_COLUMNS[0]}"
