"""Evidence: the gallery (thumbnails off the GUI thread), the viewer, and file imports
(hashed and copied in the job pool, committed through the session)."""
