"""The Inbox: evidence captured or imported before there is a claim, and filing it."""
