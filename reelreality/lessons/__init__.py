"""Lessons from other sectors: cases scored on shared questions, and the lessons they support."""
