"""Smaller pipeline components: line-aware sentences, people, sectors, keyphrases, gist."""
