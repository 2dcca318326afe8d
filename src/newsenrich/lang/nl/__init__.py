"""Dutch word lists used by newsenrich (each module exports one UPPER_CASE constant)."""
