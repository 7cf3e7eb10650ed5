"""Screen capture from the app: the capture actions, the region overlay, and the
system-wide capture hotkey (``hotkey/``)."""
