"""Messages for the text that Dash components draw themselves (dropdowns, date pickers).

Dash's dropdown and date picker have English defaults ("Select All", "Select Date");
app/components/chrome_language.py hands these to every such component on the page.
"""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "chrome.dropdown.select_all": "Alles kiezen",
        "chrome.dropdown.deselect_all": "Niets kiezen",
        "chrome.dropdown.selected_count": "{num_selected} gekozen",
        "chrome.dropdown.search": "Zoeken",
        "chrome.dropdown.clear_search": "Zoektekst wissen",
        "chrome.dropdown.clear_selection": "Keuze wissen",
        "chrome.dropdown.no_options_found": "Niets gevonden",
        "chrome.date.placeholder": "Kies een datum",
        "chrome.date.start": "Begindatum",
        "chrome.date.end": "Einddatum",
        "chrome.aria.previous_month": "Vorige maand",
        "chrome.aria.next_month": "Volgende maand",
        "chrome.aria.clear_date": "Datum wissen",
        "chrome.aria.clear_dates": "Data wissen",
        "chrome.aria.close_calendar": "Kalender sluiten",
        "chrome.aria.decrease": "Lager",
        "chrome.aria.increase": "Hoger",
    },
    "en": {
        "chrome.dropdown.select_all": "Select all",
        "chrome.dropdown.deselect_all": "Deselect all",
        "chrome.dropdown.selected_count": "{num_selected} selected",
        "chrome.dropdown.search": "Search",
        "chrome.dropdown.clear_search": "Clear search",
        "chrome.dropdown.clear_selection": "Clear selection",
        "chrome.dropdown.no_options_found": "No options found",
        "chrome.date.placeholder": "Choose a date",
        "chrome.date.start": "Start date",
        "chrome.date.end": "End date",
        "chrome.aria.previous_month": "Previous month",
        "chrome.aria.next_month": "Next month",
        "chrome.aria.clear_date": "Clear date",
        "chrome.aria.clear_dates": "Clear Dates",
        "chrome.aria.close_calendar": "Close calendar",
        "chrome.aria.decrease": "Decrease value",
        "chrome.aria.increase": "Increase value",
    },
}

register_messages(MESSAGES)
