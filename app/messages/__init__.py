"""Feature message catalogues (nl/en), registered into app.i18n on import.

Each feature keeps its own module so pages built in parallel never edit one dict.
"""
