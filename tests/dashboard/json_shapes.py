"""The command line's stable JSON shapes, written once for every test that holds something to them: the
commands themselves, and ``aggregate.summary`` behind ``summary --json``."""

VALIDATE_KEYS = ["file", "rows_total", "rows_accepted", "rows_rejected", "issues"]
ISSUE_KEYS = ["row", "column", "value", "severity", "message"]
SUMMARY_KEYS = [
    "year",
    "initiatives",
    "preventiecoalities",
    "collaboration_levels",
    "parties_pct",
    "interventions_pct_of_offering",
    "interventions_pct_of_all",
    "offering_any_pct",
    "gemeenten_covered",
]
