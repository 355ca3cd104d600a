"""The streaming shell around pipeline/: Kafka in and out, one thin agent per stage.

- ``runtime/``: settings, the faust app built from them (topics and tables declared once), metrics and
  their labels, dead letters, the per-message time limit, the watchlist a worker re-reads;
- ``stages/``: one shared frame (decode -> call the pipeline -> count -> send, or dead-letter) and one
  short module per stage: clean, tag, travel, merge;
- ``wire/``: what travels on the topics, one module per record;
- ``edges/``: where data enters and leaves: feed fetching and ingesting, publishing, webhook delivery,
  reading a topic from the command line;
- ``cli/``: the ``newswatch`` commands, the demo, the local broker launcher.
"""
