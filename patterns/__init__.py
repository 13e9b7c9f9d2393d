"""offercheck's data files (lexicon, clause cues, rule packs), shipped as the package ``analyzer.patterns``."""
