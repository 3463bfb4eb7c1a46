"""revdesk: the returns-desk station for REVER."""

__version__ = "0.1.0"
