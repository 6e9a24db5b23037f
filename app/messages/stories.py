"""Messages of the value-creation stories page."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "nav.stories": "Verhalen",
        "stories.title": "Waardecreatieverhalen",
        "stories.intro": (
            "Wat de samenwerking opleverde, verteld door de betrokkenen: per samenwerking, "
            "groep, actor en thema, op niveau (leerlingen, leraren, schoolorganisatie) en "
            "soort opbrengst."
        ),
        "stories.tie": "Samenwerking",
        "stories.group": "Groep",
        "stories.actor": "Actor",
        "stories.theme": "Thema",
        "stories.level": "Niveau",
        "stories.outcome": "Soort opbrengst",
        "stories.count": "{count} verhalen",
        "stories.none": "Geen verhalen bij deze selectie.",
        "stories.untitled": "Verhaal zonder titel",
        "stories.about_tie": "Over de samenwerking van {a} en {b}",
        "stories.about_group": "Over de groep {group}",
    },
    "en": {
        "nav.stories": "Stories",
        "stories.title": "Value-creation stories",
        "stories.intro": (
            "What the collaboration yielded, told by those involved: per collaboration, "
            "group, actor and theme, by level (pupils, teachers, school organisation) and "
            "kind of outcome."
        ),
        "stories.tie": "Collaboration",
        "stories.group": "Group",
        "stories.actor": "Actor",
        "stories.theme": "Theme",
        "stories.level": "Level",
        "stories.outcome": "Kind of outcome",
        "stories.count": "{count} stories",
        "stories.none": "No stories for this selection.",
        "stories.untitled": "Untitled story",
        "stories.about_tie": "About the collaboration of {a} and {b}",
        "stories.about_group": "About the group {group}",
    },
}

register_messages(MESSAGES)
