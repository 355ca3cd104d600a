"""What a worker runs on: settings, the faust app with its topics and tables, metrics, metric labels,
dead letters, the per-message time limit, and the watchlist it re-reads."""
