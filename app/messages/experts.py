"""Messages of the expert finder page and the ``collabnet experts`` command."""

from __future__ import annotations

from app.i18n import register_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "nav.experts": "Expertzoeker",
        "experts.title": "Wie kan ons helpen?",
        "experts.intro": (
            "Kies een of meer thema's, eventueel een vraag in eigen woorden, en wie er vraagt. "
            "Je krijgt mensen en organisaties die kunnen helpen, met waarom ze passen en via "
            "wie je ze warm kunt benaderen."
        ),
        "experts.themes": "Thema's",
        "experts.text": "Vraag in eigen woorden (optioneel)",
        "experts.text_placeholder": "bijv. kinderen met leesproblemen in groep 3",
        "experts.asker": "Wie vraagt?",
        "experts.asker_placeholder": "Zoek een persoon of school",
        "experts.prefs": "Voorkeuren",
        "experts.pref.outside": "Buiten de eigen organisatie",
        "experts.pref.f2f": "Face-to-face mogelijk",
        "experts.sectors": "Sector",
        "experts.regions": "Regio",
        "experts.phase": "Loopbaanfase",
        "experts.kinds": "Zoek naar",
        "experts.kind.person": "personen",
        "experts.kind.organisation": "organisaties",
        "experts.weights": "Gewichten",
        "experts.weights_help": (
            "Hoe zwaar elk deel van de score telt (standaard 0,50 / 0,20 / 0,15 / 0,15; "
            "zie docs/experts.md)."
        ),
        "experts.part.expertise": "Expertise",
        "experts.part.proximity": "Nabijheid",
        "experts.part.availability": "Beschikbaarheid",
        "experts.part.preference": "Voorkeuren",
        "experts.need_asker": "Kies eerst wie er vraagt.",
        "experts.need_theme": "Kies een thema of typ een vraag.",
        "experts.none": (
            "Niemand in het partnerschap heeft hier aantoonbare expertise in. "
            "Dit is misschien een lacune voor de expertisekaart."
        ),
        "experts.summary": "{count} kandidaten voor {asker}, beste eerst.",
        "experts.score": "Score",
        "experts.evidence": "Waarom",
        "experts.path": "Warme introductie",
        "experts.no_path": "Geen bekende verbinding",
        "experts.ev.stated": "Noemt {theme} als expertise",
        "experts.ev.stated_level": "Noemt {theme} als expertise (niveau: {level})",
        "experts.ev.ties": "Samenwerkingen over deze thema's: {count}",
        "experts.ev.stories": "Waardecreatieverhalen over deze thema's: {count}",
        "experts.ev.text": "Past bij de vraag: \u201c{text}\u201d",
        "experts.ev.ties_on": "Samenwerkingen over {theme}: {count}",
        "experts.ev.stories_on": "Waardecreatieverhalen over {theme}: {count}",
        "experts.ev.question": "Beantwoordde de leervraag: \u201c{text}\u201d",
        "experts.understood": "Gezocht op: {terms}.",
        "experts.ignored": "Niet gebruikt, want ze zeggen niets over expertise: {words}.",
        "experts.no_terms": (
            "Je vraag bevat geen woorden waar expertise bij hoort (alleen: {words}). Noem het "
            "onderwerp, bijvoorbeeld dyslexie, rekenen of burgerschap, of kies een thema."
        ),
    },
    "en": {
        "nav.experts": "Expert finder",
        "experts.title": "Who can help us?",
        "experts.intro": (
            "Choose one or more themes, optionally a question in your own words, and who is "
            "asking. You get people and organisations who can help, why they match, and "
            "through whom to reach them with a warm introduction."
        ),
        "experts.themes": "Themes",
        "experts.text": "Question in your own words (optional)",
        "experts.text_placeholder": "e.g. pupils with reading difficulties in year 1",
        "experts.asker": "Who is asking?",
        "experts.asker_placeholder": "Search a person or school",
        "experts.prefs": "Preferences",
        "experts.pref.outside": "Outside our own organisation",
        "experts.pref.f2f": "Face-to-face possible",
        "experts.sectors": "Sector",
        "experts.regions": "Region",
        "experts.phase": "Career phase",
        "experts.kinds": "Search for",
        "experts.kind.person": "people",
        "experts.kind.organisation": "organisations",
        "experts.weights": "Weights",
        "experts.weights_help": (
            "How much each part of the score counts (default 0.50 / 0.20 / 0.15 / 0.15; "
            "see docs/experts.md)."
        ),
        "experts.part.expertise": "Expertise",
        "experts.part.proximity": "Proximity",
        "experts.part.availability": "Availability",
        "experts.part.preference": "Preferences",
        "experts.need_asker": "First choose who is asking.",
        "experts.need_theme": "Choose a theme or type a question.",
        "experts.none": (
            "Nobody in the partnership has demonstrable expertise in this. "
            "This may be a gap for the expertise map."
        ),
        "experts.summary": "{count} candidates for {asker}, best first.",
        "experts.score": "Score",
        "experts.evidence": "Why",
        "experts.path": "Warm introduction",
        "experts.no_path": "No known connection",
        "experts.ev.stated": "States {theme} as expertise",
        "experts.ev.stated_level": "States {theme} as expertise (level: {level})",
        "experts.ev.ties": "Collaborations on these themes: {count}",
        "experts.ev.stories": "Value-creation stories on these themes: {count}",
        "experts.ev.text": "Matches the question: \u201c{text}\u201d",
        "experts.ev.ties_on": "Collaborations on {theme}: {count}",
        "experts.ev.stories_on": "Value-creation stories on {theme}: {count}",
        "experts.ev.question": "Answered the learning question: \u201c{text}\u201d",
        "experts.understood": "Searched for: {terms}.",
        "experts.ignored": "Not used, as they say nothing about expertise: {words}.",
        "experts.no_terms": (
            "Your question has no words that point to expertise (only: {words}). Name the "
            "subject, for example dyslexia, mathematics or citizenship, or choose a theme."
        ),
    },
}

register_messages(MESSAGES)
