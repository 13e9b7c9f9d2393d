"""Rule packs (dated, sourced thresholds as data) and the checker that turns fields into findings."""
