# Production image: `docker build -t forecast-tracker .`
# Run with PostgreSQL: docker run -e FORECAST_DATABASE_URL=postgresql+psycopg://user:pw@db/forecasts -p 8000:8000 forecast-tracker
# Without FORECAST_DATABASE_URL it keeps a SQLite file in the /data volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /data forecast \
    && mkdir -p /data \
    && chown forecast /data

USER forecast
WORKDIR /data
VOLUME ["/data"]
ENV FORECAST_DATABASE_URL=sqlite:////data/forecasts.db
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
    CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"

CMD ["forecast-tracker", "serve", "--host", "0.0.0.0"]
