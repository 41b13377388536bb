"""The overview: the story in thirty seconds, its key figures, timeline and quotes."""
