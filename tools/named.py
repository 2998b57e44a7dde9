"""The 19 real, named gemeente–zorgverzekeraar initiatives as rows of the initiative file format.

Source: ``named_initiatives_gemeente_zorgverzekeraar.csv`` (compiled by hand from public web pages, see
SOURCES.md). The table below is curation, not data processing: every entry keeps the source's own words next to
the codes derived from them, so a reviewer can check each mapping at a glance. Nothing is invented:

- collaboration level only by a documented rule: a preventiecoalitie, or a convenant / werkagenda / akkoord
  signed by both gemeente and zorgverzekeraar → ``formeel``; anything else → ``onbekend``;
- parties, interventions and target groups only where the source names them;
- one row per data year (2019, 2020) in which the initiative demonstrably ran: start ≤ year ≤ known end. An
  initiative whose start is unknown or only an intention gets no row (conservative), with the reason kept in
  `NamedInitiative.jaren_toelichting` and in data/initiatieven/LEESMIJ.md.

Run ``python -m dashboard.named [--out DIR]`` to (re)write ``bekende_initiatieven.csv``.
"""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pandas as pd

from dashboard.core import schema

ROOT: Final = Path(__file__).resolve().parent.parent
DATA_DIR: Final = ROOT / "data"
INITIATIVES_DIR: Final = DATA_DIR / "initiatieven"
NAMED_FILE_NAME: Final = "bekende_initiatieven.csv"
# Build-time fallback when data/ has no copy of the region table yet (same layout as geo.paths).
SHARED_DATA_DIR: Final = ROOT.parent / "shared" / "data"
INDELING_FILE_NAME: Final = "gemeente_regio_indeling_2025.csv"

DATA_YEARS: Final = (2019, 2020)
FILE_COLUMNS: Final = (*schema.COLUMNS, schema.EXAMPLE_COLUMN)

# Everyday names in the source that differ from the CBS name in the region table.
NAME_ALIASES: Final[dict[str, str]] = {"Hengelo": "Hengelo (O.)", "Den Haag": "'s-Gravenhage"}

TWENTE: Final = (
    "Almelo",
    "Borne",
    "Dinkelland",
    "Enschede",
    "Haaksbergen",
    "Hellendoorn",
    "Hengelo",
    "Hof van Twente",
    "Losser",
    "Oldenzaal",
    "Rijssen-Holten",
    "Tubbergen",
    "Twenterand",
    "Wierden",
)

RULE_COALITION: Final = (
    "Niveau afgeleid: preventiecoalitie → formele afspraken (regel RIVM 2020: de 12 preventiecoalities "
    "vallen onder formele afspraken)."
)
RULE_SIGNED: Final = (
    "Niveau afgeleid: {document} ondertekend door gemeente en zorgverzekeraar → formele afspraken."
)
RULE_UNKNOWN: Final = (
    "Niveau onbekend: de bron noemt geen preventiecoalitie en geen door gemeente én zorgverzekeraar "
    "ondertekend convenant, werkagenda of akkoord."
)


@dataclass(frozen=True)
class NamedInitiative:
    """One curated entry. Lists of parties hold schema codes first, then partners kept as free text."""

    id: str
    naam: str
    gemeenten: tuple[str, ...] = ()  # CBS names (or NAME_ALIASES keys)
    provincie: str = ""  # all gemeenten of this provincie (pv_naam), instead of a list
    wijken: tuple[str, ...] = ()
    preventiecoalitie: bool = False
    signed_document: str = ""  # convenant/werkagenda/akkoord signed by gemeente and insurer → formeel
    zorgverzekeraars: tuple[str, ...] = ()
    partijen: tuple[str, ...] = ()
    interventies: tuple[str, ...] = ()
    doelgroepen: tuple[str, ...] = ()
    financiering: tuple[str, ...] = ()
    startjaar: int | None = None
    loopt_vanaf: int | None = None  # first year it demonstrably ran; None → no rows
    loopt_tot: int | None = None  # last year it demonstrably ran, when the source gives an end
    jaren_toelichting: str = ""
    bron: tuple[str, ...] = ()
    toelichting: str = ""

    @property
    def level(self) -> str:
        return "formeel" if self.preventiecoalitie or self.signed_document else schema.UNKNOWN_LEVEL

    @property
    def level_note(self) -> str:
        if self.preventiecoalitie:
            return RULE_COALITION
        if self.signed_document:
            return RULE_SIGNED.format(document=self.signed_document)
        return RULE_UNKNOWN

    def years(self) -> tuple[int, ...]:
        if self.loopt_vanaf is None:
            return ()
        last = self.loopt_tot if self.loopt_tot is not None else max(DATA_YEARS)
        return tuple(year for year in DATA_YEARS if self.loopt_vanaf <= year <= last)


NAMED: Final[tuple[NamedInitiative, ...]] = (
    # type: "preventiecoalitie (VWS-subsidie toegekend 23-08-2017; 'een van de eerste')"
    # gemeenten: "14 Twentse gemeenten (Samen14). Derived list = zorgkantoorregio Twente: ..."
    # partners: "Universiteit Twente, Saxion, ROC Twente, GGD Twente, Roessingh R&D, Carint Reggeland"
    # start: "2016 (stichting), 2017 (open/subsidie)"; themes: "(kinderen met overgewicht, ouderen; ...)"
    NamedInitiative(
        id="R01",
        naam="Vitaal Twente",
        gemeenten=TWENTE,
        preventiecoalitie=True,
        zorgverzekeraars=("Menzis",),
        partijen=(
            "gemeente",
            "zorgverzekeraar",
            "ggd",
            "kennisinstituut",
            "beroepsonderwijs",
            "Roessingh R&D",
            "Carint Reggeland",
        ),
        interventies=("kinderen_overgewicht",),
        doelgroepen=("ouderen", "overgewicht"),
        startjaar=2016,
        loopt_vanaf=2017,
        jaren_toelichting="Stichting 2016, preventiecoalitie (VWS-subsidie) sinds 23-08-2017.",
        bron=(
            "https://vitalinnovators.nl/vitaal-twente-ontvangt-subsidie-om-inwoners-gezonder-maken/",
            "https://www.saxion.nl/gezondheidwelzijnentechnologie/site/_news/donderdag-13-april-vitaal-twente-opent-haar-deuren/",
            "https://www.detwenterander.nl/politiek/299526_binnenmars-ambassadeur-preventiecoalities-van-ministerie-vws",
        ),
        toelichting=(
            "Gemeenten: 'de 14 Twentse gemeenten' (Samen14), lijst afgeleid uit zorgkantoorregio Twente. "
            "Partners volgens bron: Universiteit Twente en Saxion (kennisinstituut), ROC Twente "
            "(beroepsonderwijs), GGD Twente (ggd), Roessingh R&D, Carint Reggeland. Thema: vitaliteit "
            "kwetsbare inwoners (kinderen met overgewicht, ouderen)."
        ),
    ),
    # type: "preventiecoalitie (loketgezondleven)"; start: "2018"
    # partners: "inwoners, vrijwilligers, zorg/welzijn, bedrijven, onderwijs"
    # themes: "jongeren, ouderen, multiproblematiek; integrale wijkaanpak Hoensbroek; ..."
    NamedInitiative(
        id="R02",
        naam="Samen voor Heerlen",
        gemeenten=("Heerlen",),
        preventiecoalitie=True,
        zorgverzekeraars=("CZ",),
        partijen=(
            "gemeente",
            "zorgverzekeraar",
            "welzijn",
            "inwoners",
            "vrijwilligers",
            "zorgorganisaties",
            "bedrijven",
            "onderwijs",
        ),
        doelgroepen=("ouderen", "jongeren"),
        startjaar=2018,
        loopt_vanaf=2018,
        bron=(
            "https://www.loketgezondleven.nl/zorgstelsel/preventiecoalities/samen-voor-heerlen",
            "https://www.mijnlevengezond.nl/wie-doet-er-mee/preventiecoalitie-samen-voor-heerlen",
        ),
        toelichting=(
            "Stuurgroep en programmateam van gemeente en CZ; ambitie 2030. Thema's: jongeren, ouderen, "
            "multiproblematiek, integrale wijkaanpak Hoensbroek, Positieve Gezondheid."
        ),
    ),
    # type: "preventiecoalitie (loketgezondleven)"; gemeenten: "Sittard-Geleen (Westelijke Mijnstreek)"
    # partners: "huisartsenpraktijk Hartje Dorp (Munstergeleen)"; start: "unknown" in the compiled table,
    # "in 2017 een coalitie te starten" and "de periode 2017-2019" on mijnlevengezond.nl (18-01-2020).
    NamedInitiative(
        id="R03",
        naam="Sittard-Geleen en CZ",
        gemeenten=("Sittard-Geleen",),
        preventiecoalitie=True,
        zorgverzekeraars=("CZ",),
        partijen=("gemeente", "zorgverzekeraar", "huisarts"),
        doelgroepen=("jongeren", "ouderen", "psychische_klachten"),
        startjaar=2017,
        loopt_vanaf=2017,
        jaren_toelichting=(
            "Startjaar niet in de oorspronkelijke bron; 2017 volgens mijnlevengezond.nl (18-01-2020: 'in 2017 "
            "een coalitie te starten', eerste fase 2017-2019, verlenging aangevraagd)."
        ),
        bron=(
            "https://www.loketgezondleven.nl/zorgstelsel/preventiecoalities/sittard-geleen-en-cz",
            "https://www.mijnlevengezond.nl/nieuws/preventiecoalitie-sittard-geleen-en-cz",
        ),
        toelichting=(
            "Partner volgens bron: huisartsenpraktijk Hartje Dorp (Munstergeleen). Inventarisatie risicogroepen; "
            "doelgroepen volgens mijnlevengezond.nl: jongeren en ouderen (leefstijl), mensen met "
            "GGZ-problematiek."
        ),
    ),
    # type: "listed under loketgezondleven /zorgstelsel/preventiecoalities/"; gemeenten: "Oss (wijk Ruwaard)"
    # partners: "zorgaanbieders wonen/welzijn/preventie/arbeidsintegratie, wijkbewoners, Viatore"
    # start: "2016"; themes: "... ontschot wijkbudget (gemeente: EUR 2,1 mln/jaar Wmo-lumpsum voor 5 jaar)"
    NamedInitiative(
        id="R04",
        naam="Wijkgerichte aanpak Oss - Proeftuin Ruwaard",
        gemeenten=("Oss",),
        wijken=("Ruwaard",),
        preventiecoalitie=True,
        zorgverzekeraars=("CZ", "VGZ"),
        partijen=(
            "gemeente",
            "zorgverzekeraar",
            "welzijn",
            "inwoners",
            "zorgaanbieders wonen/preventie/arbeidsintegratie",
            "Viatore (transitiecoach)",
        ),
        financiering=("wmo",),
        startjaar=2016,
        loopt_vanaf=2016,
        bron=(
            "https://www.loketgezondleven.nl/zorgstelsel/preventiecoalities/wijkgerichte-aanpak-oss-proeftuin-ruwaard",
            "https://www.proeftuinruwaard.nl/over-proeftuin-ruwaard",
        ),
        toelichting=(
            "Als preventiecoalitie geteld omdat het op de overzichtspagina preventiecoalities van Loket Gezond "
            "Leven staat; volgens de RIVM-factsheet 2020 is die pagina het volledige overzicht van alle "
            "preventiecoalities. Financiering: gemeente 2,1 mln euro per jaar als Wmo-lumpsum voor vijf jaar "
            "(ontschot wijkbudget). Thema's: vitale wijk, Positieve Gezondheid."
        ),
    ),
    # type: "preventiecoalitie (aanvraag opgesteld)"; start: "unknown (article undated in excerpt)"
    # opmerkingen: "whether subsidy was granted not confirmed"
    NamedInitiative(
        id="R05",
        naam="Preventiecoalitie Zoetermeer",
        gemeenten=("Zoetermeer",),
        wijken=("Meerzicht", "Palenstein", "Buytenwegh"),
        zorgverzekeraars=("CZ",),
        partijen=("gemeente", "zorgverzekeraar", "ggd", "welzijn", "zorgorganisaties"),
        jaren_toelichting=(
            "Geen rij: alleen een aanvraag is bekend (ongedateerd artikel), toekenning en startjaar niet "
            "bevestigd."
        ),
        bron=("https://www.zoetermeer2025.nl/gezondheid-risicogroepen-verbeteren-door-preventie/",),
    ),
    # type: "preventiecoalitie (definitief goedgekeurd 9-4-2021)"; start: "2021 (3 jaar)"
    NamedInitiative(
        id="R06",
        naam="Preventiecoalitie Den Haag (Gezond en Gelukkig Den Haag)",
        gemeenten=("Den Haag",),
        preventiecoalitie=True,
        zorgverzekeraars=("Menzis", "CZ", "Zilveren Kruis (Achmea)"),
        partijen=("gemeente", "zorgverzekeraar", "ggd", "welzijn", "zorgorganisaties"),
        startjaar=2021,
        loopt_vanaf=2021,
        jaren_toelichting="Geen rij: gestart in 2021, na de datajaren 2019 en 2020.",
        bron=(
            "https://gezondengelukkigdenhaag.nl/preventiecoalitie-definitief-goedgekeurd/",
            "https://www.skipr.nl/nieuws/zorgpartijen-sluiten-preventieakkoord-gemeente-den-haag/",
        ),
    ),
    # type: "preventiecoalitie (VWS-subsidie)"; start: "2022 (maart; 3 jaar)"
    NamedInitiative(
        id="R07",
        naam="Preventiecoalitie Flevoland",
        gemeenten=("Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"),
        preventiecoalitie=True,
        zorgverzekeraars=("Zilveren Kruis (Achmea)",),
        partijen=("gemeente", "zorgverzekeraar", "ggd", "welzijn", "provincie Flevoland"),
        startjaar=2022,
        loopt_vanaf=2022,
        jaren_toelichting="Geen rij: gestart in maart 2022, na de datajaren 2019 en 2020.",
        bron=("https://www.welzijnlelystad.nl/preventiecoalitie-flevoland-van-start/",),
    ),
    # type: "VWS-subsidie toegekend april 2021 (type regeling niet bevestigd)"; gemeenten: "18 Friese gemeenten"
    # zorgverzekeraars: "De Friesland (genoemd als 'de zorgverzekeraar' in FPA-blog; niet expliciet in excerpt)"
    # partners: "GGD Fryslan (initiatief 2019), kennisinstellingen"; start: "2019 (initiatief), 2021 (subsidie)"
    NamedInitiative(
        id="R08",
        naam="Friese Preventieaanpak (FPA)",
        provincie="Fryslân",
        partijen=("gemeente", "ggd", "kennisinstituut"),
        startjaar=2019,
        loopt_vanaf=2019,
        jaren_toelichting="Initiatief van GGD Fryslân in 2019; VWS-subsidie april 2021.",
        bron=(
            "https://www.grootsneek.nl/grootsneek/algemeen/vws-erkenning-voor-de-friese-preventieaanpak-samen-in-beweging-voor-een-goede-gezondheid-en-welzijn-met-gelijke-kansen-voor-iedereen-in-fryslan",
            "https://www.friesepreventieaanpak.nl/blogs/blog-anneke-meijer/",
            "https://www.jddevries.nl/index.php/fryslan-als-preventieproeftuin-voor-nederland/",
        ),
        toelichting=(
            "Gemeenten: 'de 18 Friese gemeenten' = alle gemeenten van de provincie Fryslân (afgeleid). Of het een "
            "preventiecoalitie in de zin van de subsidieregeling is, is niet bevestigd → niet als "
            "preventiecoalitie geteld. Zorgverzekeraar niet opgenomen: een FPA-blog noemt 'de zorgverzekeraar' "
            "(vermoedelijk De Friesland), maar niet met naam. Thema's: levensloop, Kansrijke Start, Nuchter over "
            "Gewicht, Rookvrije Generatie, Bloeizone Fryslân."
        ),
    ),
    # type: "intentie (pledge 08-02-2018)"; opmerkingen: "realisatie als preventiecoalitie NIET bevestigd"
    NamedInitiative(
        id="R09",
        naam="Drenthe gezond (voorgenomen Drentse preventiecoalitie)",
        provincie="Drenthe",
        partijen=("gemeente", "GIDS", "JOGG", "Kans voor de Veenkoloniën"),
        doelgroepen=("overgewicht", "onderwijs"),
        startjaar=2018,
        jaren_toelichting=(
            "Geen rij: alleen een intentie (pledge 08-02-2018) is bekend; dat het initiatief in 2019 of 2020 "
            "liep, is niet bevestigd (zekerheid bron: laag)."
        ),
        bron=("https://www.allesisgezondheid.nl/netwerk-en-partners/pledges/drenthe-gezond/",),
    ),
    # type: "samenwerking gemeente-zorgverzekeraar (transitieproject)"
    # gemeenten: "Deventer (eerder ook Olst-Wijhe, Raalte, Voorst in 2013-overeenkomst)"
    # partners: "eerstelijnszorg- en welzijnspartijen; Zorgkantoor Midden IJssel (2013)"
    # start: "2016 (3 jaar; na pilot); 2013 samenwerkingsovereenkomst"; opmerkingen: "gemeente en Salland: jaarlijks 3 ton"
    NamedInitiative(
        id="R10",
        naam="Vitale Burger Deventer",
        gemeenten=("Deventer",),
        zorgverzekeraars=("Salland",),
        partijen=("gemeente", "zorgverzekeraar", "welzijn", "eerstelijnszorg"),
        startjaar=2016,
        loopt_vanaf=2016,
        loopt_tot=2019,
        jaren_toelichting=(
            "Project van drie jaar vanaf 2016 → alleen 2019 als laatste mogelijke jaar; voor 2020 is niet bekend "
            "dat het doorliep."
        ),
        bron=(
            "https://www.de-eerstelijns.nl/2017/03/deventer-luistert-inwoners-vitaal/",
            "https://www.eno.nl/nieuws/persberichten/2013/gezondheid-in-de-wijk",
        ),
        toelichting=(
            "Zorgverzekeraar Salland (later Eno). Gemeente en Salland financieren samen jaarlijks 3 ton. De "
            "samenwerkingsovereenkomst van 2013 (ook Olst-Wijhe, Raalte, Voorst) is niet als ondertekend "
            "document voor dit project bevestigd → niveau onbekend."
        ),
    ),
    # type: "samenwerking gemeente-zorgverzekeraar (onderdeel convenant Utrecht Gezond!)"
    # start: "samenwerkingsovereenkomst Agis-gemeente getekend op 8 oktober (jaar niet in excerpt; looptijd 'tot 2013')"
    NamedInitiative(
        id="R11",
        naam="Gezonde Wijk Overvecht (Utrecht)",
        gemeenten=("Utrecht",),
        wijken=("Overvecht",),
        zorgverzekeraars=("Zilveren Kruis (Achmea)",),
        partijen=("gemeente", "zorgverzekeraar", "Careyn", "Indigo", "St. Antonius ziekenhuis", "Wijk&Co"),
        jaren_toelichting=(
            "Geen rij: de overeenkomst liep 'tot 2013' en het startjaar is onbekend; dat de samenwerking in "
            "2019 of 2020 nog liep, is niet bevestigd."
        ),
        bron=(
            "http://www.overvechtgezond.nl/professionals/samenwerking-gezonde-wijk-overvecht",
            "https://www.zorgverzekering-actueel.nl/agis-en-de-gemeente-utrecht-gaan-voor-een-gezond-utrecht/",
            "https://www.movisie.nl/praktijkvoorbeeld/bewoners-gezonder-door-wijkgerichte-zorg",
        ),
    ),
    # type: "wandelinterventie (Bas van de Goor Foundation) met regionale aanpak (3 jaar vanaf 2019)"
    # zorgverzekeraars: "not stated in excerpts"; opmerkingen: "insurer role not found"
    # partners: "gemeente Den Haag, Sportwerk/WSDH, sportverenigingen, welzijn, zorg, huisartsen"
    NamedInitiative(
        id="R12",
        naam="Nationale Diabetes Challenge Den Haag / Haagse Diabetes Challenge",
        gemeenten=("Den Haag",),
        partijen=("gemeente", "huisarts", "welzijn", "Sportwerk/WSDH", "sportverenigingen", "zorg"),
        interventies=("diabetes",),
        startjaar=2019,
        loopt_vanaf=2019,
        jaren_toelichting="Regionale aanpak van drie jaar vanaf 2019.",
        bron=(
            "https://www.denhaag.nl/en/in-the-city/news/walk-in-the-national-diabetes-challenge-.htm",
            "https://www.nationalediabeteschallenge.nl/nieuws/item/15984/aan-de-slag-in-de-regio-/",
            "https://www.swsdh.nl/stedelijke-projecten-en-evenementen/nationale-diabetes-challenge/",
        ),
        toelichting=(
            "Wandelinterventie voor mensen met diabetes (16-20 weken wandelen met zorgprofessionals); 2019: 500 "
            "deelnemers in ongeveer 20 Haagse wijken. Rol van een zorgverzekeraar niet gevonden. In 2019 ook een "
            "regionale aanpak in Tiel (niet als aparte rij opgenomen)."
        ),
    ),
    # type: "NDC regionale aanpak"; gemeenten: "provincie Groningen"; start: "2021-2023"
    NamedInitiative(
        id="R13",
        naam="Nationale Diabetes Challenge provincie Groningen",
        provincie="Groningen",
        zorgverzekeraars=("Menzis",),
        partijen=("zorgverzekeraar", "provincie Groningen"),
        interventies=("diabetes",),
        startjaar=2021,
        loopt_vanaf=2021,
        loopt_tot=2023,
        jaren_toelichting="Geen rij: looptijd 2021-2023, na de datajaren 2019 en 2020.",
        bron=(
            "https://www.westerwoldeactueel.nl/2020/06/23/meer-leefkracht-voor-mensen-met-diabetes-dankzij-subsidie/",
        ),
    ),
    # type: "ZonMw-project (wijkgericht werken aan gezondheidsverschillen)"; start: "unknown"
    # opmerkingen: "insurer involvement not found"
    NamedInitiative(
        id="R14",
        naam="Dik doun in Grunn",
        gemeenten=("Groningen",),
        partijen=("gemeente", "inwoners", "partnerorganisaties", "wijkorganisaties", "bedrijven"),
        doelgroepen=("lage_ses", "overgewicht", "jongeren"),
        jaren_toelichting=(
            "Geen rij: startjaar onbekend; het ZonMw-project heeft een eindverslag, dus dat het in 2019 of 2020 "
            "nog liep, is niet bevestigd."
        ),
        bron=(
            "https://projecten.zonmw.nl/nl/project/dik-doun-grunn-intensivering-en-verbreding-aanpak-overgewicht-groningen",
        ),
    ),
    # type: "lokale werkagenda gemeente-zorgverzekeraar"; start: "2016 (ondertekend 8-6-2016; eerder convenant 2011-2016)"
    # partners: "FC Twente 'Scoren in de wijk' e.a."; themes: "..., preventie jongeren, ..."
    NamedInitiative(
        id="R15",
        naam="Lokale Werkagenda Enschede-Menzis 'Gezond meedoen' 2016-2020",
        gemeenten=("Enschede",),
        signed_document="lokale werkagenda (8-6-2016)",
        zorgverzekeraars=("Menzis",),
        partijen=("gemeente", "zorgverzekeraar", "FC Twente (Scoren in de wijk)"),
        doelgroepen=("jongeren",),
        startjaar=2016,
        loopt_vanaf=2016,
        loopt_tot=2020,
        bron=("https://www.enschede.nl/nieuws/samenwerking-menzis-en-enschede-voor-betere-gezondheid",),
        toelichting=(
            "Thema's: inclusieve samenleving/gemeentepolis, preventie jongeren, samenwerking zorgloket. Eerder "
            "convenant 2011-2016."
        ),
    ),
    # type: "lokale werkagenda gemeente-zorgverzekeraar"; start: "ondertekend woensdag 11 januari (jaar niet in excerpt)"
    # partners: "zorgorganisaties, clienten (pilot Herstelondersteunend GGZ-netwerk De Wijert)"
    # themes: "positieve gezondheid, leefkracht; sociale minima, kwetsbare ouderen, psychisch kwetsbaren"
    NamedInitiative(
        id="R16",
        naam="Lokale Werkagenda Groningen-Menzis",
        gemeenten=("Groningen",),
        signed_document="lokale werkagenda (woensdag 11 januari 2017)",
        zorgverzekeraars=("Menzis",),
        partijen=("gemeente", "zorgverzekeraar", "zorgorganisaties", "cliënten"),
        doelgroepen=("lage_ses", "ouderen", "psychische_klachten"),
        startjaar=2017,
        loopt_vanaf=2017,
        jaren_toelichting=(
            "Jaar afgeleid: 'woensdag 11 januari' valt in 2012, 2017 of 2023; ondertekenaar wethouder Ton "
            "Schroor was wethouder 2010-2018 (https://groningen.d66.nl/2014/05/15/nieuw-college-van-start/) en de "
            "werkagenda volgt op het Menzis-convenant van 2010 (vijf jaar, gic.nl 23-12-2009) → 2017. Looptijd "
            "niet vermeld."
        ),
        bron=(
            "http://www.werkagendamenzisgemeenten.nl/samen-goede-dingen-doen-voor-alle-groningers/",
            "https://www.gic.nl/economie/menzis-en-gemeente-groningen-sluiten-convenant",
        ),
        toelichting=(
            "Thema's: positieve gezondheid en leefkracht; sociale minima, kwetsbare ouderen, psychisch "
            "kwetsbaren; pilot Herstelondersteunend GGZ-netwerk De Wijert. Onderdeel van de landelijke "
            "Werkagenda van Menzis (80 gemeenten)."
        ),
    ),
    # type: "regionale werkagenda"; gemeenten: "14 Twentse gemeenten"; zorgverzekeraars: "Menzis (incl. zorgkantoor)"
    # partners: "GGD Twente, provincie Overijssel"; start: "werkagenda juli 2019; verlengd 5 jaar op 8-12-2021"
    # themes: "jeugdhulp, schulden/armoede, ouderenzorg, psychisch kwetsbaren, preventie & gezondheidsbevordering
    #          (GLI, NDC, valpreventie via Twentse Koers)"
    NamedInitiative(
        id="R17",
        naam="Integrale Samenwerkingsagenda Twente (Samen14-Menzis)",
        gemeenten=TWENTE,
        signed_document="regionale werkagenda (juli 2019)",
        zorgverzekeraars=("Menzis",),
        partijen=("gemeente", "zorgverzekeraar", "ggd", "provincie Overijssel"),
        interventies=("gli", "valpreventie", "diabetes"),
        doelgroepen=("jongeren", "lage_ses", "ouderen", "psychische_klachten"),
        startjaar=2019,
        loopt_vanaf=2019,
        jaren_toelichting="Werkagenda juli 2019; verlengd met vijf jaar op 8-12-2021.",
        bron=(
            "https://www.rtvoost.nl/nieuws/315490/Menzis-en-14-Twentse-gemeenten-bundelen-krachten-om-Tukkers-gezonder-te-maken",
            "https://www.menzis.nl/over-menzis/publicaties/zorg-zorgverzekering/2021/12/09/inzet-op-samenwerking-in-regio-twente-loont",
            "https://www.schulinck.nl/sociaal-domein/samenwerken-met-zorgverzekeraars-resultaten-regio-twente",
            "https://roset-twente.nl/samen-koersen-op-gezondheid-in-twente/",
        ),
        toelichting=(
            "Gemeenten: 'de 14 Twentse gemeenten', lijst afgeleid uit zorgkantoorregio Twente. Interventies volgens "
            "bron: GLI, Nationale Diabetes Challenge (diabetes), valpreventie via Twentse Koers; GLI-programma niet "
            "genoemd. Thema's: jeugdhulp, schulden/armoede, ouderenzorg, psychisch kwetsbaren."
        ),
    ),
    # type: "convenant gemeente-zorgverzekeraar (5 jaar)"; start: "2019 (maart); eerste overeenkomst 2013"
    # partners: "ziekenhuizen, huisartsen"
    NamedInitiative(
        id="R18",
        naam="Convenant Leeuwarden-De Friesland",
        gemeenten=("Leeuwarden",),
        signed_document="convenant (maart 2019, vijf jaar)",
        zorgverzekeraars=("De Friesland (Achmea)",),
        partijen=("gemeente", "zorgverzekeraar", "huisarts", "ziekenhuizen"),
        startjaar=2019,
        loopt_vanaf=2019,
        loopt_tot=2023,
        bron=(
            "https://www.skipr.nl/actueel/id37846-leeuwarden-en-de-friesland-werken-samen-aan-vitaliteit.html",
        ),
        toelichting=(
            "Eerste overeenkomst 2013. Thema's: huisartsentekort, terugkeer naar huis, zelfredzaamheid, preventie, "
            "e-health, vroegsignalering, schulden."
        ),
    ),
    # type: "lokaal preventieakkoord (eerste in NL)"; zorgverzekeraars: "VGZ (ondertekenaar)"
    # partners: "36 Nijmeegse organisaties; Radboudumc; GGD Gelderland-Zuid"; start: "2019 (7 oktober)"
    # opmerkingen: "preventieakkoord, geen preventiecoalitie"
    NamedInitiative(
        id="R19",
        naam="Lokaal preventieakkoord Nijmegen",
        gemeenten=("Nijmegen",),
        signed_document="lokaal preventieakkoord (7 oktober 2019)",
        zorgverzekeraars=("VGZ",),
        partijen=("gemeente", "zorgverzekeraar", "ggd", "Radboudumc", "Nijmeegse organisaties (36)"),
        startjaar=2019,
        loopt_vanaf=2019,
        bron=(
            "https://www.cooperatievgz.nl/cooperatie-vgz/nieuws-en-media/nieuwsoverzicht/cooperatie-vgz-ondertekenaar-eerste-lokaal-preventieakkoord-nijmegen",
        ),
        toelichting=(
            "Preventieakkoord, geen preventiecoalitie; ondertekend door 36 Nijmeegse organisaties, waaronder "
            "gemeente, VGZ, Radboudumc en GGD Gelderland-Zuid. Thema's: roken, bewegen en gezond eten, alcohol."
        ),
    ),
)


# --------------------------------------------------------------------------------------------------------------
# Region table and conversion


def indeling_path() -> Path:
    """The gemeente → region table: the repository's copy, else the shared source (build time only)."""
    for folder in (DATA_DIR, SHARED_DATA_DIR):
        path = folder / INDELING_FILE_NAME
        if path.exists():
            return path
    raise FileNotFoundError(f"{INDELING_FILE_NAME} niet gevonden in {DATA_DIR} of {SHARED_DATA_DIR}")


def load_indeling(path: Path | None = None) -> pd.DataFrame:
    return pd.read_csv(path or indeling_path(), dtype=str, keep_default_na=False)


def resolve_gemeenten(entry: NamedInitiative, indeling: pd.DataFrame) -> tuple[str, ...]:
    """GM codes of an entry, in the order of the region table; raises on a name that is not a 2025 gemeente."""
    if entry.provincie:
        codes = indeling.loc[indeling["pv_naam"] == entry.provincie, "gm_code"].tolist()
        if not codes:
            raise ValueError(f"{entry.id}: onbekende provincie {entry.provincie!r}")
        return tuple(sorted(codes))
    by_name = dict(zip(indeling["gm_naam"], indeling["gm_code"], strict=True))
    codes = []
    for name in entry.gemeenten:
        code = by_name.get(NAME_ALIASES.get(name, name))
        if code is None:
            raise ValueError(f"{entry.id}: gemeente {name!r} staat niet in de indeling 2025")
        codes.append(code)
    return tuple(sorted(codes))


def reach_of(entry: NamedInitiative, codes: Sequence[str]) -> str:
    """Reach from the kind and number of gemeenten: named wijken → wijk, one → gemeente, a whole provincie →
    provincie, several → regio."""
    if entry.wijken:
        return "wijk"
    if entry.provincie:
        return "provincie"
    return "gemeente" if len(codes) == 1 else "regio"


def _ordered_parties(parties: Sequence[str]) -> tuple[str, ...]:
    canonical = [code for code in schema.PARTIES if code in parties]
    free = [item for item in parties if item not in schema.PARTIES]
    return (*canonical, *free)


def rows_of(entry: NamedInitiative, indeling: pd.DataFrame) -> list[dict[str, object]]:
    codes = resolve_gemeenten(entry, indeling)
    notes = [entry.level_note]
    if entry.jaren_toelichting:
        notes.append(entry.jaren_toelichting)
    if entry.toelichting:
        notes.append(entry.toelichting)
    rows = []
    for year in entry.years():
        rows.append(
            {
                "id": entry.id,
                "naam": entry.naam,
                "jaar": year,
                "preventiecoalitie": entry.preventiecoalitie,
                "reikwijdte": reach_of(entry, codes),
                "gemeenten": codes,
                "wijken": entry.wijken,
                "samenwerkingsniveau": entry.level,
                "afspraken": "",
                "financiering": tuple(code for code in schema.FUNDING if code in entry.financiering),
                "zorgverzekeraars": entry.zorgverzekeraars,
                "partijen": _ordered_parties(entry.partijen),
                "interventies": tuple(code for code in schema.INTERVENTIONS if code in entry.interventies),
                "gli_programmas": (),
                "doelgroepen": tuple(code for code in schema.TARGET_GROUPS if code in entry.doelgroepen),
                "startjaar": entry.startjaar,
                "bron": " ; ".join(entry.bron),
                "toelichting": " ".join(notes),
                schema.EXAMPLE_COLUMN: False,
            }
        )
    return rows


def build_frame(indeling: pd.DataFrame | None = None) -> pd.DataFrame:
    """All rows of the named initiatives (voorbeelddata = nee), sorted by year and id."""
    table = load_indeling() if indeling is None else indeling
    rows = [row for entry in NAMED for row in rows_of(entry, table)]
    frame = pd.DataFrame(rows, columns=list(FILE_COLUMNS))
    return frame.sort_values(["jaar", "id"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------------------------
# File format (shared with dashboard.generate)


def cell(value: object) -> str:
    """One value as file text: lists joined by ';', booleans as ja/nee, missing as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, tuple | list):
        return schema.LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, float) and value != value:  # NaN
        return ""
    return str(value)


def to_csv_text(frame: pd.DataFrame) -> str:
    """The frame as the initiative file format: UTF-8 text, comma separated, minimal quoting, LF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FILE_COLUMNS)
    for record in frame.to_dict("records"):
        writer.writerow([cell(record[column]) for column in FILE_COLUMNS])
    return buffer.getvalue()


def write_frame(frame: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(to_csv_text(frame).encode("utf-8"))
    return path


def read_file(path: Path) -> pd.DataFrame:
    """A file in this format back into a frame with tuples for list cells and ints/bools where typed.

    Only for our own shipped files (the generator reads the real rows with it); user files go through
    dashboard.ingest.
    """
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    frame = raw.copy()
    for column in schema.LIST_COLUMNS:
        frame[column] = [
            tuple(item.strip() for item in text.split(schema.LIST_SEPARATOR) if item.strip())
            for text in raw[column]
        ]
    frame["jaar"] = raw["jaar"].astype(int)
    frame["startjaar"] = [int(text) if text else None for text in raw["startjaar"]]
    for column in ("preventiecoalitie", schema.EXAMPLE_COLUMN):
        frame[column] = raw[column].eq("ja")
    return frame


def write(path: Path | None = None) -> Path:
    return write_frame(build_frame(), path or INITIATIVES_DIR / NAMED_FILE_NAME)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.named",
        description="Schrijf bekende_initiatieven.csv (19 echte initiatieven).",
    )
    parser.add_argument("--out", type=Path, default=INITIATIVES_DIR, help="map voor het bestand")
    args = parser.parse_args(argv)
    path = write(args.out / NAMED_FILE_NAME)
    frame = build_frame()
    print(f"{path}: {len(frame)} rijen van {frame['id'].nunique()} initiatieven (van {len(NAMED)} bekende)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
