"""The station's dialogs."""
