"""Renderers turn reports into text for people (rich) or for programs (JSON, JSON Lines)."""
