"""What the player sends: "Write my report" and the PDF package export."""
