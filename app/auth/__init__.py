"""Accounts, login, the one authorisation guard and the security headers.

``install(app, settings)`` wires them into a Dash app; see docs/accounts.md.
"""
