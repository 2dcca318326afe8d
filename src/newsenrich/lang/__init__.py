"""Language data, one constant per module."""
