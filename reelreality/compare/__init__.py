"""Single custom model vs multi-model platform: a decision matrix the reader can re-weight and test."""
