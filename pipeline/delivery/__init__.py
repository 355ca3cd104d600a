"""Webhook delivery, pure: the endpoints users configure, which alerts each wants, the bodies and signatures.

The sending, retrying and dead-lettering live in agents/edges/deliver.py.
"""
