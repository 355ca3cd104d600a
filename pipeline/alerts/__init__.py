"""Alert merging: reports of one trip from many articles become one alert, versioned as it changes.

Usage::

    routing = route(index_entries, report)          # which alert the report belongs to (routing.py)
    if routing.alert_id is not None:
        alert = merge(current_alert, report, routing.alert_id)   # None: nothing new (merge.py)

Both are pure; the agents keep their state in faust tables (see agents/merge.py).
"""

from pipeline.alerts.merge import merge
from pipeline.alerts.routing import IndexEntry, Routing, route

__all__ = ["IndexEntry", "Routing", "merge", "route"]
