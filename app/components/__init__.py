"""Reusable Dash building blocks shared by pages."""
