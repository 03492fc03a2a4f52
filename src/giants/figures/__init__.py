"""giants_figures: money, percentages and counts, normalised and tied to what they
measure, whose they are and when they hold.

- finder: the spaCy component (finding amounts, deciding kinds and US$, writing Doc._.figures);
- counts: what a plain number counts; owners: which organisation an amount belongs to;
- roles: which organisation mentions are investors or sources (never owners by nearness);
- subjects: markets, deal prices, traded values and yardsticks read from the parse;
- timing: a figure's time (current, past, target, rumoured, negated);
- periods: how many years a growth rate runs over (giants_periods, after giants_figures);
- clauses: definition thresholds and what grows; dollars: which dollar a bare "$" is;
- patterns: the regexes and word sets these share.
"""

from giants.figures.finder import RATES_ENV, FigureFinder, make_figures
from giants.figures.periods import Periods, make_periods

__all__ = ["FigureFinder", "Periods", "RATES_ENV", "make_figures", "make_periods"]
