"""Dash pages: thin layouts and callbacks that call presenters."""
