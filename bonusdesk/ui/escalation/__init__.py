"""Escalation: the "Ready for …?" panel, "Refer to a mediator / ADR" and a claim's referrals."""
