"""Exchange with the city office: signed packages of changes, receipts and reference data."""
