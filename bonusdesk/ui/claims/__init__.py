"""Claims: the list on the left, the claim on the right (details, eligibility), new claim,
platform details, and the commands that create and close claims."""
