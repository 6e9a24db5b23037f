"""The login form as plain HTML (Jinja, autoescaped), in Dutch or English.

No script at all: the page works under the strictest CSP and gives an anonymous
visitor nothing but two stylesheets. Field ids are stable for the browser tests.
"""

from __future__ import annotations

from typing import Final

import flask

import app.messages.accounts  # noqa: F401  (registers the login texts)
from app.i18n import t

LOGIN_ASSETS: Final = ("vendor/bootstrap.min.css", "collabnet.css")

_TEMPLATE = """<!DOCTYPE html>
<html lang="{{ language }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
{% for asset in assets %}<link rel="stylesheet" href="/assets/{{ asset }}">
{% endfor %}</head>
<body>
<nav class="navbar navbar-dark cn-navbar"><div class="container-fluid">
<span class="navbar-brand"><span class="cn-brand-name">collabnet</span></span>
<a id="login-language" class="btn btn-outline-light btn-sm"
   href="/login?lang={{ other }}&amp;next={{ next_path | urlencode }}">{{ other_label }}</a>
</div></nav>
<main class="container cn-page" style="max-width: 28rem">
<h1 class="h3 mt-4" id="login-title">{{ title }}</h1>
<p>{{ intro }}</p>
{% if notice %}<div id="login-notice" class="alert alert-info" role="status">{{ notice }}</div>{% endif %}
{% if error %}<div id="login-error" class="alert alert-danger" role="alert">{{ error }}</div>{% endif %}
<form id="login-form" method="post" action="/login">
<input type="hidden" name="next" value="{{ next_path }}">
<input type="hidden" name="lang" value="{{ language }}">
<div class="mb-3"><label class="form-label" for="login-name">{{ name_label }}</label>
<input class="form-control" id="login-name" name="name" autocomplete="username"
       maxlength="200" required value="{{ name }}"></div>
<div class="mb-3"><label class="form-label" for="login-password">{{ password_label }}</label>
<input class="form-control" id="login-password" name="password" type="password"
       autocomplete="current-password" maxlength="1024" required></div>
<button class="btn btn-primary" id="login-submit" type="submit">{{ submit }}</button>
</form>
</main>
</body>
</html>
"""


def render_login(
    language: str,
    next_path: str,
    *,
    error: str | None = None,
    notice: str | None = None,
    name: str = "",
) -> str:
    """The login page; ``error``/``notice`` are message keys, ``name`` is echoed (escaped)."""
    other = "en" if language == "nl" else "nl"
    return flask.render_template_string(
        _TEMPLATE,
        language=language,
        other=other,
        other_label=t("login.other_language", language),
        title=t("login.title", language),
        intro=t("login.intro", language),
        name_label=t("login.name", language),
        password_label=t("login.password", language),
        submit=t("login.submit", language),
        error=t(error, language) if error else None,
        notice=t(notice, language) if notice else None,
        next_path=next_path,
        name=name[:200] if isinstance(name, str) else "",
        assets=LOGIN_ASSETS,
    )
