"""Clause detection: its own stage, after field extraction and before the rules.

It scans a document for the clauses the Working Environment Act § 14-6 asks of a contract (and the signals the
permit rules read: seasonal wording, end dates, probation) and returns a :class:`analyzer.model.ClauseScan`.
Entry point: :func:`analyzer.clauses.scan.scan_clauses`.
"""
