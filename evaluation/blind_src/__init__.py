"""Hand-written sources of the blind evaluation set, one module per language.

Each module defines ITEMS: a list of (labels, text, context, note) tuples.
Numbers that carry check digits are computed by `checks` so they are valid.
"""
