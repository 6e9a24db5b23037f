"""Component ids shared by the shell, the pages and the browser tests.

One place for ids means a typo is an AttributeError, not a callback that silently
never fires, and browser tests select exactly what the pages render.
"""

from __future__ import annotations

from typing import Final

# Shell
URL: Final = "cn-url"
LANGUAGE_STORE: Final = "cn-language"
LANGUAGE_SWITCH: Final = "cn-language-switch"
NAVBAR: Final = "cn-navbar"
NAV_BRAND: Final = "cn-nav-brand"
ACCOUNT: Final = "cn-account"  # local-mode notice, or user name and logout
ACCOUNT_MODE: Final = "cn-account-mode"
ACCOUNT_NAME: Final = "cn-account-name"
LOGOUT: Final = "cn-logout"
PAGE: Final = "cn-page"
PRIVACY_LINK: Final = "cn-privacy-link"  # footer link to the data inventory (/privacy)

# Actors page
ACTORS_TITLE: Final = "actors-title"
ACTORS_INTRO: Final = "actors-intro"
ACTORS_COUNT: Final = "actors-count"
ACTORS_ALERT: Final = "actors-alert"
ACTORS_GRID: Final = "actors-grid"
ACTORS_COLUMNS: Final = "actors-columns"
ACTORS_COLUMNS_LABEL: Final = "actors-columns-label"
ACTORS_EXPORT: Final = "actors-export"

# Not-found page
NOTFOUND_TITLE: Final = "notfound-title"
NOTFOUND_BODY: Final = "notfound-body"
NOTFOUND_BACK: Final = "notfound-back"
