"""Sources & method: the bibliography and how statuses, tiers and ratings are assigned."""
