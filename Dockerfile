# collabnet for a shared server: gunicorn behind a reverse proxy, PostgreSQL next door
# (see docker-compose.yml). Configuration is the COLLABNET_* environment only.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    COLLABNET_HOST=0.0.0.0 \
    COLLABNET_PORT=8050

WORKDIR /srv/collabnet
COPY pyproject.toml README.md ./
COPY app ./app
COPY db ./db
COPY graph ./graph
COPY seeds ./seeds
RUN pip install ".[deploy]" \
    && useradd --system --home /srv/collabnet collabnet \
    && chown -R collabnet /srv/collabnet
USER collabnet

EXPOSE 8050
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/actors' % os.environ.get('COLLABNET_PORT', '8050'), timeout=4)"

# Migrate (idempotent), then serve. The demo is loaded only on request:
#   docker compose run --rm app collabnet seed demo --if-empty
CMD ["sh", "-c", "collabnet db upgrade && exec gunicorn --bind ${COLLABNET_HOST}:${COLLABNET_PORT} --workers 2 --threads 4 --access-logfile - app.wsgi:server"]
