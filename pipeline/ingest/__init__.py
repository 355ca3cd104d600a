"""Feed ingestion, pure: the feed list users edit, feed documents parsed into items, items into raw articles.

The fetching, polling and publishing live in agents/ingest.py.
"""
