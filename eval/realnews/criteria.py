"""Judging criteria for the real-news samples (orgs.tsv, figures.tsv, labels-sample.tsv).

sample.py writes these at the top of each TSV and judge.py into the summary, so that a
"before" and an "after" run are judged the same way. The rules follow the annotation
guidelines of shared/devset/README.md and the clarifications of shared/devset2/README.md;
judge from the text alone (the sentence shown, and the article when the sentence is not
enough), never from outside knowledge.
"""

ORGS = """\
Organisations. Each row is one organisation record of one article; the sentence is the one
holding its first mention (the name in double brackets).
verdict_org (correct as an organisation):
  Y  the name is an organisation named in the text (company, investor/fund, government body,
     exchange, university, media outlet, NGO/association) and the name's boundaries are right
     (no extra word such as a title, verb or adjacent name; nothing cut off; a leading "the"
     and a legal suffix may be in or out).
  B  a real organisation is meant but the boundary is wrong ("Dbt Labs CEO", "Google Cloud's
     Vertex" for Google Cloud, half of a two-word name). Counted as not correct.
  N  not an organisation: a person, product, brand, service, app, programme, place, event,
     index/ranking, law/standard, generic phrase, or a fragment.
verdict_full (fully correct): Y when verdict_org is Y, `type` fits (company | investor |
  government | exchange | university | media | ngo | other: a VC firm or fund is investor,
  a firm that is mainly an operating business is company; other is accepted only when none
  fits), is_company follows the guidelines (commercial firms, investors, banks and media
  are companies; ministries, agencies, exchanges, universities, non-profits and
  associations are not) and no alias names a different thing. Else N.
Precision: as-org = Y / rows; fully correct = full Y / rows; real-org-loose = (Y + B) / rows."""

FIGURES = """\
Figures. Each row is one figure record; the sentence shows its span in double brackets.
verdict_figure (correct as a business figure):
  Y  a business figure in the sense of the guidelines (money: valuation, funding, revenue,
     prices, spending, market size, profit; growth or decline rates; shares and percentages
     about firms, markets, customers or staff; counts of firms, customers, users, employees,
     deals) whose span and value are read right (scale words applied, a range's low end).
  N  not a business figure (years, dates, durations, ages, ordinals, versions, model or
     product specs, physical quantities, sports or game scores, technical multiples such as
     "5 times less compute"), or its span or value is misread.
verdict_kind (only when figure Y, else -): Y when `kind` is the guideline's kind
  (valuation: what a company is worth, private or listed; funding: a round, IPO proceeds,
  money raised or a fund's size raised; revenue: sales, turnover, bookings; growth_rate: a
  rate of growth or decline of revenue, output, users or the like; count: a number of firms
  or other entities; other: everything else, incl. acquisition prices, spending, market
  sizes, shares, prices, profits, losses).
verdict_subject (only when figure Y, else -): Y when `subject` names what the figure is about
  (the organisation whose value/round/revenue it is, or the market for a market figure), or
  is empty when the text ties the figure to no organisation; N when it names a wrong
  organisation, or is empty although the sentence ties the figure to a named organisation
  (the investor instead of the company raising money is wrong).
verdict_usd: Y when usd is the figure in US dollars at a plausible rate (within ~15% of a
  rate of the article's period, or the rate table's) or empty for a non-money figure;
  N when a money figure has a wrong or missing usd, or a non-money figure has one; - when
  the figure is N.
Precision: as-figure = figure Y / rows; kind-correct = kind Y / rows (and / figure Y);
subject-correct = subject Y / rows (and / figure Y); usd = usd Y / figure Y."""

LABELS = """\
Category labels. Each row is one (organisation, category) label with its evidence.
verdict:
  Y  the text supports this category for this organisation as of the article's date, under
     the guidelines: a private start-up valued at US$1bn or more is a unicorn, US$10bn or
     more a decacorn (only the highest tier counts); explicit wording naming the firm a
     unicorn/decacorn/little giant/gazelle; a national "little giant" (not a provincial or
     municipal tier); a gazelle needs a young/small firm with >20% a year over several years
     or an explicit gazelle award/certification. The label's organisation must be a real
     organisation (a boundary slip that still names the firm is accepted and noted).
  N  anything else: funding amounts or round sizes read as a valuation, acquisition prices,
     revenue, listed/public companies or market caps, acquired firms, former unicorns,
     aspirants (soonicorn, "could become", "aims to"), market or sector sizes, a valuation of
     another organisation, the wrong tier (a decacorn labelled unicorn or the reverse), trap
     words (tech giant, the animal, brands), or a label on a non-organisation.
Precision = Y / rows judged."""
