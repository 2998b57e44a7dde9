"""The need page's downloads: the ranked list and the per-capita table as CSV, with the provenance block.

The block is the one every download carries (``render.provenance``): what the file holds, the peiljaar, the
source file, the filters; plus the context figures' sources here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.need import NeedSpec
from dashboard.core.filters import Filters
from dashboard.export import writer
from dashboard.i18n import label, t
from dashboard.ingest.context import INDICATORS, indicator_title
from dashboard.render import provenance


@dataclass(frozen=True, eq=False)
class TableSource:
    """Where the page's tables come from: the same for both of its downloads."""

    source: str  # where the records come from, in words (render.provenance.source_label)
    is_example: bool
    filters: Filters
    gemeenten: pd.DataFrame  # for the names of the filtered areas
    # The open-year note of the chosen peiljaar (None when it is vastgesteld).
    year_note: str | None = None


def need_provenance(spec: NeedSpec, sentence: str, source: TableSource, lang: str = "nl") -> list[str]:
    """What was asked (the sentence shown on the page), from which data, under which filters."""
    extra = [t("need.export.indicator", lang, indicator=indicator_title(spec.indicator, lang))]
    extra.append(t("need.source.cbs", lang))
    if INDICATORS[spec.indicator].source == "gmjv":
        extra.append(t("need.source.gmjv", lang))
    extra.append(t("need.export.unpublished", lang))
    return source_lines(t("need.export.title", lang, sentence=sentence), extra, source, lang)


def per_capita_provenance(min_level: str | None, source: TableSource, lang: str = "nl") -> list[str]:
    title = (
        t("need.export.percap_title", lang, level=label("level", min_level, lang))
        if min_level
        else t("need.export.percap_title_any", lang)
    )
    return source_lines(title, [t("need.source.cbs", lang)], source, lang)


def source_lines(title: str, extra: list[str], source: TableSource, lang: str) -> list[str]:
    """The provenance block of a table from ``source``: ``title`` first, ``extra`` lines after the filters."""
    return provenance.provenance_lines(
        title=title,
        source=source.source,
        is_example=source.is_example,
        filters=source.filters,
        lang=lang,
        names=provenance.area_names(source.gemeenten),
        extra=extra,
        year_note=source.year_note,
    )


def table_download(
    file_stem: str, shown: pd.DataFrame, lines: list[str], lang: str = "nl"
) -> writer.Download:
    """A table as the page shows it (labelled columns), as CSV with its provenance block."""
    return writer.offer(file_stem, "csv", writer.frame_csv_bytes(shown, lines, lang))
