"""The app side of "nothing can destroy or silently alter a claim folder" (issue 10):
outputs checked before anything is written, the read-only mode, and the folder check."""
