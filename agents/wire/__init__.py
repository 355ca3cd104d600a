"""Wire schemas: the bytes that travel on newswatch's topics and out of ``newswatch analyze``.

One module per record, in pipeline order: ``raw`` (raw articles in), ``article`` (clean topic),
``tagged`` (tagged topic), ``trip`` (trips topic and ``analyze``'s trips), ``routing`` and ``seen``
(the merge and travel stages' tables), ``alert`` (the alert topic: the contract with subscribers),
``deadletter`` (the dead-letter topic). ``codec`` holds the JSON and the :class:`WireError` every
decoder raises. Field names here are the contract, independent of the domain records' Python names.
"""

from agents.wire.codec import WireError, dumps, loads, parse_published
from agents.wire.raw import decode_raw_article, raw_article_from_json

__all__ = ["WireError", "decode_raw_article", "dumps", "loads", "parse_published", "raw_article_from_json"]
