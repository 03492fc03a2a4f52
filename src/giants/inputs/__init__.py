"""Getting text in: files, folders, stdin and web pages, read ahead and cut to size.

  reader     what the command line was given, turned into (name, text, date) items
  webpage    an article's text and date from saved or fetched HTML
  source     the giants_source component: headline, date and source on the Doc
  longtext   very long texts split at paragraph boundaries
  readahead  reading the next inputs while the current ones are analysed
"""
