"""The build step: curate an upstream spec into ``openapi/``, generate ``generated/`` from it."""
