"""Getting results out.

  models   the pydantic Analysis: the one definition of the JSON
  build    Doc -> Analysis
  render   the terminal view
"""
