"""giants_figures: money, percentages and counts, normalised and tied to what they
measure, whose they are and when they hold.

- finder: the spaCy component (finding amounts, deciding kinds, subjects, US$);
- subjects: markets, deal prices and traded values read from the parse;
- timing: a figure's time (current, past, target, rumoured).
"""

from .finder import RATES_ENV, FigureFinder, make_figures

__all__ = ["FigureFinder", "RATES_ENV", "make_figures"]
