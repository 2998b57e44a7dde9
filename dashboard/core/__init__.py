"""Codes and value objects with no I/O: the schema, filters, insurers."""
