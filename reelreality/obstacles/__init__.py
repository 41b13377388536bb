"""Obstacles to the deal: the risk register, the data-scale explorer and the quality gap."""
