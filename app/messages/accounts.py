"""Messages of the login page, the navbar's account area and refused requests."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "account.local_mode": "lokale modus (één gebruiker, geen accounts)",
        "account.signed_in": "{name} ({role})",
        "account.logout": "Uitloggen",
        "account.role.viewer": "kijker",
        "account.role.editor": "redacteur",
        "account.role.researcher": "onderzoeker",
        "account.role.admin": "beheerder",
        "login.title": "Inloggen bij collabnet",
        "login.intro": "Deze collabnet wordt gedeeld; log in met je account.",
        "login.name": "Gebruikersnaam",
        "login.password": "Wachtwoord",
        "login.submit": "Inloggen",
        "login.failed": "Onbekende gebruikersnaam of verkeerd wachtwoord.",
        "login.too_many": (
            "Te veel mislukte pogingen. Wacht een minuut en probeer het dan opnieuw."
        ),
        "login.bad_origin": "Dit formulier kwam niet van deze site; laad de pagina opnieuw.",
        "login.logged_out": "Je bent uitgelogd.",
        "login.other_language": "English",
        "refused.title": "Geen toegang",
        "refused.body": "Je rol ({role}) geeft geen toegang tot deze pagina.",
        "refused.back": "Naar het netwerk",
    },
    "en": {
        "account.local_mode": "local mode (single user, no accounts)",
        "account.signed_in": "{name} ({role})",
        "account.logout": "Log out",
        "account.role.viewer": "viewer",
        "account.role.editor": "editor",
        "account.role.researcher": "researcher",
        "account.role.admin": "admin",
        "login.title": "Log in to collabnet",
        "login.intro": "This collabnet is shared; log in with your account.",
        "login.name": "User name",
        "login.password": "Password",
        "login.submit": "Log in",
        "login.failed": "Unknown user name or wrong password.",
        "login.too_many": "Too many failed attempts. Wait a minute, then try again.",
        "login.bad_origin": "This form did not come from this site; reload the page.",
        "login.logged_out": "You are logged out.",
        "login.other_language": "Nederlands",
        "refused.title": "No access",
        "refused.body": "Your role ({role}) gives no access to this page.",
        "refused.back": "Go to the network",
    },
}

register_messages(MESSAGES)
