"""Retry configuration, as the official SDK's ``utils`` module names it."""

from openrouter_guardrails._retry import BackoffStrategy, RetryConfig

__all__ = ["BackoffStrategy", "RetryConfig"]
