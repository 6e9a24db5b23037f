"""The page a logged-in user sees when their role does not grant a page (HTTP 403)."""

from __future__ import annotations

import flask

import app.messages.accounts  # noqa: F401  (registers the texts)
from app.i18n import normalise_language, t
from app.services import current
from app.viewer import Viewer

_TEMPLATE = """<!DOCTYPE html>
<html lang="{{ language }}"><head><meta charset="utf-8"><title>{{ title }}</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap.min.css">
<link rel="stylesheet" href="/assets/collabnet.css"></head>
<body><main class="container cn-page">
<h1 class="h3 mt-4" id="refused-title">{{ title }}</h1>
<p id="refused-body">{{ body }}</p><a id="refused-back" href="/explorer">{{ back }}</a>
</main></body></html>
"""


def refused_page(viewer: Viewer) -> str:
    language = normalise_language(flask.request.args.get("lang"), current().settings.language)
    return flask.render_template_string(
        _TEMPLATE,
        language=language,
        title=t("refused.title", language),
        body=t("refused.body", language, role=t(f"account.role.{viewer.role}", language)),
        back=t("refused.back", language),
    )
