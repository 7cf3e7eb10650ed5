"""Following a claim up: status actions ("I reported it"...), contacts, deadlines and
their reminders, the timeline."""
