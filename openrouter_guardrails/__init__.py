"""Python SDK for OpenRouter's Guardrails management API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
