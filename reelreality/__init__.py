"""Reel Reality: content models, loading, logic and chart builders for the explainer."""
