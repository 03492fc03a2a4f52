"""giants_organisations: the organisations an article names, with every mention of each.

  spans      candidate name spans from the NER and the token patterns
  names      name cleaning: people, products, places, headings, job titles
  merge      long and short forms of one firm become one organisation
  facts      coreferent mentions ("the company", "it") and listed / acquired status
  evidence   the dependency patterns that read those facts from the parse
  component  the spaCy component that runs them
"""
