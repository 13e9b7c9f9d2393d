"""Suite-wide test setup: the ``slow`` marker for tests whose files this conftest does not own.

A test that takes more than about a second (a subprocess, a worker pool, every sample end to end, OCR, a wheel
build, a flate bomb, a long generated input) is marked ``slow`` so that ``make test-fast`` (``-m "not slow"``)
stays under a minute. Most modules mark their own (``pytestmark = pytest.mark.slow`` or ``@pytest.mark.slow``);
the files listed in :data:`SLOW` are marked here instead, by node id, so that marking them needs no edit to
files other people are working on. The list came from one ``--durations=0`` run of the whole suite on the
2-core machine under load (2026-12-03); ``tests/test_conftest.py`` fails on an entry that no longer names a
test, so a rename cannot quietly move a slow test into the fast suite.
"""

from __future__ import annotations

import pytest

# "path" (every test in the file), "path::test" (every parametrization) or "path::test[id]" (that one only).
SLOW: tuple[str, ...] = (
    # OCR: Tesseract on rendered pages, seconds each
    "tests/readers/test_ocr.py",
    # short fuzzing round: killable worker processes
    "tests/fuzz/test_fuzz_short.py",
    # every sample PDF read twice (ours and pdfplumber's words and tables)
    "tests/readers/test_pdf_chars.py::test_words_and_tables_match_pdfplumber",
    "tests/readers/test_pdf_chars.py::test_the_samples_include_ruled_tables_and_more_than_one_page",
    "tests/readers/test_read_errors.py::test_python_docx_parser_itself_does_not_resolve_external_entities",
    "tests/readers/test_read_errors.py::test_read_document_raises_only_read_errors",
    "tests/readers/test_reader_encodings.py::test_a_paragraph_over_a_million_characters_gives_a_normal_report",
    "tests/readers/test_reader_encodings.py::test_spacy_gets_pieces_under_its_limit",
    "tests/test_redact.py::test_any_valid_id_number_is_masked",
    "tests/test_redact.py::test_cli_redact_masks_evidence_in_json_and_text_output",
    # 160 MB to 6 GB of decompressed streams, bounded
    "tests/readers/test_hostile_pdf.py::test_flate_bombs_are_too_large_in_bounded_memory_and_time",
    # doctor loads and validates every data file, once per test
    "tests/commands/test_doctor.py::test_json_output_loads_the_data_and_lists_every_part",
    "tests/commands/test_doctor.py::test_rule_pack_that_is_not_yaml_is_invalid",
    "tests/commands/test_doctor.py::test_invalid_lexicon_is_reported_with_the_reason",
    "tests/commands/test_doctor.py::test_missing_data_is_a_required_part_missing",
    "tests/commands/test_doctor.py::test_a_language_file_under_another_name_is_invalid_and_named",
    "tests/readers/test_bounds.py::test_a_5_mb_line_is_read_within_the_bounds",
    # one batch with workers over the hostile files (a module fixture every test shares)
    "tests/hostile/test_hostile.py",
    # every sample line and cue phrase through spaCy's matcher; a pipeline rebuilt
    "tests/extract/test_nlp_prefilter.py",
    # generated field values and documents through every pack
    "tests/rules/test_rules_fuzz.py",
    # both share the module fixture that scans every sample with each clause removed
    "tests/clauses/test_clauses.py::test_every_removed_clause_is_reported",
    "tests/clauses/test_clauses.py::test_no_present_clause_is_reported_missing",
    "tests/rules/test_seasonal.py::test_permit_option_on_the_command_line",
    # `rules test`: every example of every pack, once per test
    "tests/commands/test_rules_test_exit.py",
    "tests/rules/test_packs.py::test_rules_test_command_passes",
    "tests/rules/test_packs.py::test_rules_test_exits_one_when_an_example_fails",
    "tests/rules/test_packs.py::test_every_yaml_in_patterns_validates",
    "tests/rules/test_outcomes.py::test_rules_test_fails_on_a_placeholder_without_a_source",
    "tests/rules/test_outcomes.py::test_rules_test_fails_on_a_text_variant_no_check_uses",
    # every sample analysed at four dates
    "tests/rules/test_outcomes.py::test_no_report_text_shows_a_question_mark_or_a_blank",
    # `check` through the CLI: each run starts and warms a worker process (its time limit holds that way)
    "tests/rules/test_overrides.py",
)


_SLOW = frozenset(SLOW)


def is_slow(nodeid: str, listed: frozenset[str] = _SLOW) -> bool:
    """True when ``nodeid`` (``path::name[id]``) is named in ``listed``, by file, by test or exactly."""
    return nodeid.split("::", 1)[0] in listed or nodeid.split("[", 1)[0] in listed or nodeid in listed


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if is_slow(item.nodeid):
            item.add_marker(pytest.mark.slow)
