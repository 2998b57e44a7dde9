"""Pure aggregation and measures: counts, areas, map measures, need, region profiles, chart tables."""
