"""``offercheck batch``: many offers over a pool of worker processes, streamed to JSONL or CSV, resumable.

- :mod:`analyzer.batch.inputs`: paths, folders and globs -> a lazy stream of files.
- :mod:`analyzer.batch.worker`: what runs in each worker process (pipeline warmed once per process).
- :mod:`analyzer.batch.output`: JSONL/CSV lines, reading a previous output back for ``--resume``.
- :mod:`analyzer.batch.summary`: counts by verdict, common failing/missing requirements, errored files.
- :mod:`analyzer.batch.runner`: the scheduling loop (bounded in-flight queue, crash recovery, Ctrl-C).
"""
