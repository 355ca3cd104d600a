"""bench/corpus.py's synthetic articles spread over near-duplicate keys as real stories do.

The travel agent is keyed by the near-duplicate key; a corpus whose articles share one key runs in one
partition and cannot show what a second worker adds.
"""

from collections import Counter

from bench.corpus import text_articles
from pipeline.cleaning.fingerprint import minhash_signature, near_duplicate_key


def test_no_near_duplicate_key_holds_more_than_a_tenth_of_the_articles() -> None:
    articles = text_articles(300)
    keys = Counter(near_duplicate_key(minhash_signature(article["text"])) for article in articles)
    assert keys.most_common(1)[0][1] <= len(articles) // 10
