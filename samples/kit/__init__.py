"""The sample kit: one library behind the three sample generators.

``samples/build_samples.py``, ``samples/holdout/build_holdout.py`` and ``samples/holdout2/build_holdout2.py``
hold only their documents (text plus hand-written expected values); everything they share lives here, once:
organisation numbers (:mod:`.orgnr`), PDF primitives (:mod:`.pdf`), DOCX primitives (:mod:`.docx`), the block
model and its PDF / DOCX / text writers (:mod:`.blocks`) and the registry with the one ``main()``
(:mod:`.registry`).  Every writer is deterministic (reportlab invariant mode, fixed DOCX timestamps), so a
rebuild gives the committed bytes.

Builders run as scripts from their own folder; each puts ``samples/`` on ``sys.path`` and imports ``kit``.
"""

import reportlab.rl_config

# Invariant mode before any kit user creates a PDF, whatever it imports first.
reportlab.rl_config.invariant = 1
