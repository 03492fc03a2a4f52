"""giants_organisations: the organisations an article names, with every mention of each.

The stages, in the order they run (component.py wires them into one spaCy component):

  spans      1. candidate name spans: runs of capitalised words, legal-suffix names, lists
  mention    the Mention a candidate becomes, with its evidence
  page       the page around the names: datelines, subheadings, the headline
  cues       2. evidence around each span: cue nouns, appositions, roles, blocked contexts
  evidence   2. evidence from the parse (what a name does in its sentence)
  depmatch      the cue-anchored dependency matcher evidence.py runs its patterns with
  verdicts   3. which forms name organisations; lists, short forms, "A, formerly B"
  merge      4. long and short forms, acronyms and Chinese names become one organisation
  facts      5. coreferent mentions ("the company", "it") and listed / acquired status
  names      shared name rules: people, places, head words, types; the per-document token cache
  component  the spaCy component that runs them
"""
