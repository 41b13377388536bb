"""Shared shapes and rules every content file uses: base models, located errors, loading, common checks."""
