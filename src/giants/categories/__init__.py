"""giants_categories: which organisations are little giants, unicorns, decacorns or gazelles, and why.

  vocab      the vocabulary of data/categories.toml, compiled once
  mentions   category phrases on tokens (PhraseMatcher)
  sense      business sense or trap, and stance (member, aspirant, negated, past, lower tier, ...)
  holders    the organisation each mention is about, by syntactic relation
  lists      the members of lists, batches, rankings and bulleted lines a category is named for
  criteria   labels from the figures' valuation and growth facts
  component  the spaCy component that runs them and resolves the result
"""

from giants.categories.component import CategoryTagger, make_categories

__all__ = ["CategoryTagger", "make_categories"]
