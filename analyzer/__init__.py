"""offercheck: checks Norwegian job offers against UDI work-permit rules and the Working Environment Act."""

__version__ = "0.1.0"
