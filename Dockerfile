# newswatch: one image for the worker, the ingester and the command-line tools.
# Build stage: install the package and its pinned dependencies into a virtualenv.
FROM python:3.11.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
RUN python -m venv /opt/newswatch && /opt/newswatch/bin/python -m pip install --upgrade pip==24.3.1
COPY requirements/lock.txt requirements/lock.txt
COPY pyproject.toml README.md ./
COPY pipeline pipeline
COPY agents agents
RUN /opt/newswatch/bin/python -m pip install -c requirements/lock.txt .

# Runtime stage: the virtualenv only, run as an unprivileged user.
FROM python:3.11.11-slim-bookworm
RUN useradd --system --uid 10001 --create-home --home-dir /home/newswatch newswatch
COPY --from=build /opt/newswatch /opt/newswatch
ENV PATH=/opt/newswatch/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    NEWSWATCH_METRICS_HOST=0.0.0.0 \
    NEWSWATCH_METRICS_PORT=9108 \
    NEWSWATCH_DATA_DIR=/home/newswatch/data
USER newswatch
WORKDIR /home/newswatch
EXPOSE 9108
# Healthy when /metrics answers (the worker and the long-running ingester serve it).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9108/metrics', timeout=4)"]
ENTRYPOINT ["newswatch"]
CMD ["worker"]
