"""`python -m geo build` is deterministic and reproduces the shipped files."""

from __future__ import annotations

import pandas as pd
import pytest

from geo.__main__ import main
from geo.build import (
    BuildError,
    build,
    build_region_table,
    insurer_per_region,
)
from geo.paths import BROWSER_GEMEENTEN_FILE, DATA_DIR, SHARED_DATA, SOURCE_GEMEENTEN

BUILT_FILES = (
    "gemeenten_2025.geojson",
    "gemeente_regio_indeling_2025.csv",
    "gemeente_code_crosswalk_2019_2025.csv",
    "vngzn_regios.csv",
)

needs_source = pytest.mark.skipif(not SOURCE_GEMEENTEN.is_file(), reason="bronbestanden ontbreken")


@needs_source
def test_build_is_deterministic_and_matches_shipped(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    build(out_dir=first)
    assert main(["build", str(SOURCE_GEMEENTEN), "--out-dir", str(second)]) == 0
    for name in BUILT_FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
        assert (first / name).read_bytes() == (DATA_DIR / name).read_bytes(), (
            f"{name}: run python -m geo build"
        )
    browser = BROWSER_GEMEENTEN_FILE.name
    assert (first / browser).read_bytes() == BROWSER_GEMEENTEN_FILE.read_bytes(), "run python -m geo build"


@needs_source
def test_build_fails_without_writing_on_bad_source(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "bestaat-niet.geojson"), "--out-dir", str(out)]) == 1
    assert not out.exists()


def _uitvoerder(**concerns: str) -> pd.DataFrame:
    return pd.DataFrame({"cbs_zk_code_2016": list(concerns), "concern_2015": list(concerns.values())})


def test_insurer_labels_and_merged_region():
    insurers = insurer_per_region(
        _uitvoerder(ZK02="Achmea (Zilveren Kruis)", ZK05="DSW", ZK15="DSW", ZK18="VGZ (Univé) - UNVERIFIED")
    )
    assert insurers["ZK02"] == ("Zilveren Kruis (Achmea)", True)
    assert insurers["ZK33"] == ("DSW", True)
    assert insurers["ZK18"] == ("onbekend (te controleren)", False)


def test_unknown_concern_is_a_build_error():
    with pytest.raises(BuildError, match="Onbekende concernnaam"):
        insurer_per_region(_uitvoerder(ZK05="DSW", ZK15="DSW", ZK02="Nieuwe Verzekeraar"))


def test_merged_region_needs_agreeing_predecessors():
    with pytest.raises(BuildError, match="ZK33"):
        insurer_per_region(_uitvoerder(ZK05="DSW", ZK15="CZ"))


def test_region_table_needs_an_insurer_for_every_region():
    indeling = pd.DataFrame(
        {"gm_code": ["GM0001"], "gm_naam": ["X"], "zk_code": ["ZK99"], "zk_naam": ["Nergens"]}
    )
    with pytest.raises(BuildError, match="ZK99"):
        build_region_table(indeling, _uitvoerder(ZK05="DSW", ZK15="DSW"))


def test_shared_data_path_points_next_to_the_repo():
    assert SHARED_DATA.parts[-2:] == ("shared", "data")


def test_build_errors_read_in_either_language():
    with pytest.raises(BuildError) as caught:
        insurer_per_region(_uitvoerder(ZK05="DSW", ZK15="CZ"))
    assert caught.value.text("nl") == "ZK33: voorgangers ZK05 en ZK15 hebben geen eenduidige zorgverzekeraar"
    assert caught.value.text("en") == "ZK33: predecessors ZK05 and ZK15 have no single health insurer"


def test_build_command_speaks_the_chosen_language(tmp_path, capsys):
    missing = tmp_path / "geen.geojson"
    assert main(["build", str(missing), "--out-dir", str(tmp_path), "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == f"Build failed: Source file not found: {missing}"
    assert main(["build", str(missing), "--out-dir", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == f"Bouwen mislukt: Bronbestand niet gevonden: {missing}"
    with pytest.raises(SystemExit):
        main(["build", "--help", "--lang", "en"])
    shown = capsys.readouterr().out
    assert "output folder (default data/)" in shown and "doelmap" not in shown
    with pytest.raises(SystemExit):
        main(["build", "--lang=en", "--help"])
    assert "output folder (default data/)" in capsys.readouterr().out
