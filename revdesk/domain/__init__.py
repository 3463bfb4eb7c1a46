"""The station's rules: scanning, the outbox, the audit log, labels. No Qt, no URLs."""
