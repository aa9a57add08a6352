"""Forecast tracker: register, extract, resolve and score forecasts."""

__version__ = "0.1.0"
