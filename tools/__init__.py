"""Build-time tools (example-data generator, named-initiative builder, benchmark); never imported by the app."""
