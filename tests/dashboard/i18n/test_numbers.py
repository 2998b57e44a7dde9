from dashboard.i18n.numbers import fmt_grouped, fmt_number, fmt_pct


def test_decimal_comma_in_dutch_point_in_english():
    assert fmt_number(33.333) == "33,3"
    assert fmt_number(33.333, "en") == "33.3"
    assert fmt_number(92.0) == "92"
    assert fmt_pct(4.5, "en") == "4.5%"


def test_grouped_numbers_follow_the_language():
    assert fmt_grouped(1234567.0, 0, "nl") == "1.234.567"
    assert fmt_grouped(1234.5, 1, "en") == "1,234.5"
    assert fmt_grouped(1234.5, 1, "nl") == "1.234,5"
