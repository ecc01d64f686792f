"""KC Desktop: offline field work for khuyến công officers."""

__version__ = "0.1.0"
APP_NAME = "KC Desktop"
