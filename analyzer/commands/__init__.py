"""Bodies of CLI command groups; analyzer/cli.py only registers them."""
