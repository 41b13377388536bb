"""The promise tracker: what Lionsgate and Runway promised, rated against what was later reported."""
