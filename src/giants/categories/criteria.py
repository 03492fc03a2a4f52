"""Criterion labels from the figures component's facts: a private firm's current valuation in
US$ (unicorn, decacorn) and a young firm's multi-year growth (gazelle). Nothing here parses money:
value, US$, subject, subject_kind and time are the figures component's; listed and acquired
status the organisations component's."""

from __future__ import annotations

import math

from spacy.tokens import Doc

from giants.categories.sense import subject_of
from giants.categories.vocab import Vocab
from giants.figures.periods import article_year, is_change

def org_by_name(orgs: list[dict]) -> dict[str, int]:
    out: dict[str, int] = {}
    for oi, o in enumerate(orgs):
        for n in [o.get("name")] + list(o.get("aliases") or []):
            if n:
                out.setdefault(n.lower(), oi)
    return out


def is_listed(org: dict) -> bool:
    """Listed or acquired, as the organisations component (the owner of that fact) states it."""
    return bool(org.get("listed")) or bool(org.get("acquired"))


def _span(doc: Doc, f: dict):
    sp = f.get("span")
    return doc.char_span(sp[0], sp[1], alignment_mode="expand") if sp else None


def deal_price(doc: Doc, f: dict, deal_nouns: set[str]) -> bool:
    """A valuation a bid or an offer puts on a firm, not the firm's own: the clause stating it
    ("valuing the company at $35bn") hangs from a deal noun ("an offer valuing it at ...") or from
    a clause whose subject or object is one ("X made a bid for Y, valuing it at ...")."""
    sp = _span(doc, f)
    if sp is None:
        return False
    verb = sp.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in ("advcl", "acl", "xcomp", "conj"):
        return False
    head = verb.head
    heads = [head] + ([head.head] if head.pos_ in ("NOUN", "PROPN") and head.head.pos_ in ("VERB", "AUX") else [])
    # "a merger would create a bank valued at $180bn": the clause above the valued noun too
    near = heads + [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")]
    def words(t):  # "tie-up" is three tokens
        hyphened = {f"{t.doc[t.i - 2].lower_}-{t.lower_}"} if t.i >= 2 and t.doc[t.i - 1].text == "-" else set()
        return {t.lemma_.lower(), t.lower_} | hyphened
    return any(words(t) & deal_nouns for t in near)


def valuation_labels(doc: Doc, vocab: Vocab, orgs: list[dict]) -> list[dict]:
    """(org index, category id, figure, position) for each valuation fact that meets a threshold."""
    names = org_by_name(orgs)
    val = vocab.valuations
    out = []
    for f in doc._.figures or []:
        if not isinstance(f, dict) or f.get("kind") != "valuation" or f.get("usd") is None:
            continue
        about = (f.get("about") or "").lower()
        if any(w in about for w in val.get("not_private", set())):
            continue
        if (f.get("time") or "current") in val.get("not_current", set()):
            continue
        if f.get("subject_kind") not in (None, "organization"):
            continue
        if f.get("market_value") or f.get("qualifier") == "upper_bound":
            continue
        if deal_price(doc, f, val.get("deal_nouns", set())):
            continue
        oi = names.get((f.get("subject") or "").lower())
        if oi is None:
            continue
        o = orgs[oi]
        if not o.get("is_company") or o.get("type") in val.get("not_holders", set()):
            continue
        cid = vocab.category_for_usd(float(f["usd"]))
        if cid is None:
            continue
        if o.get("ranking"):  # a ranking's or publication's name
            continue
        out.append({"org": oi, "cat": cid, "figure": f, "pos": f["span"][0]})
    return out


def cutoff_labels(doc: Doc, vocab: Vocab, orgs: list[dict]) -> list[dict]:
    """"Others that broke into the top 50 include A, B and C. The cut-off for the top 50 was
    US$10bn.": a sum stated as a group's entry threshold, and a sentence next to it that lists
    firms of that same group; each listed firm is valued at the threshold or more."""
    val = vocab.valuations
    cut = val.get("cutoff_nouns", set())
    cues = val.get("member_list_cues", set())
    out = []
    sents = list(doc.sents)
    for f in doc._.figures or []:
        if not isinstance(f, dict) or f.get("usd") is None or f.get("subject") or f.get("market_value"):
            continue
        if f.get("kind") not in ("valuation", "other") or (f.get("time") or "current") != "current":
            continue
        cid = vocab.category_for_usd(float(f["usd"]))
        sp = _span(doc, f)
        if cid is None or sp is None:
            continue
        top = sp.root  # the verb of the clause that states the sum
        while top.head.i != top.i and top.pos_ not in ("VERB", "AUX"):
            top = top.head
        subj = subject_of(top)
        if subj is None:
            continue
        head = "".join(t.text for t in doc[subj.left_edge.i:subj.i + 1] if t.dep_ in ("compound", "punct") or t.i == subj.i)
        if head.lower() not in cut and subj.lower_ not in cut:
            continue
        group = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ == "pobj"), None)
        if group is None:
            continue
        words = {t.lower_ for t in group.subtree if not (t.is_stop or t.is_punct)}
        k = next(i for i, s in enumerate(sents) if s.start <= sp.start < s.end)
        for other in sents[max(k - 1, 0):k] + sents[k + 1:k + 2]:
            low = [t.lower_ for t in other]
            lemmas = {t.lemma_.lower() for t in other}
            if not words or not words <= set(low) or not (lemmas & cues):
                continue
            cue = next(t for t in other if t.lemma_.lower() in cues)
            for oi, o in enumerate(orgs):
                if not o.get("is_company") or o.get("type") in val.get("not_holders", set()):
                    continue
                if any(cue.idx < s < other.end_char for s, _ in o.get("mention_spans") or []):
                    out.append({"org": oi, "cat": cid, "figure": f, "pos": f["span"][0]})
    return out


def _too_old(org: dict, vocab: Vocab, now: int | None) -> bool:
    """No young firm, by the organisations component's facts: described as old or large, or
    founded more than `max_age_years` before the article's year."""
    founded = org.get("founded")
    return bool(org.get("mature")) or (founded is not None and now is not None and now - founded > vocab.max_age)


def growth_labels(doc: Doc, vocab: Vocab, orgs: list[dict]) -> list[dict]:
    """Gazelle by the growth test: a growth-rate fact about a young firm, sustained over
    `min_years` or more at `min_yearly_growth` a year or more."""
    names = org_by_name(orgs)
    now = article_year(doc)
    out = []
    for f in doc._.figures or []:
        if not isinstance(f, dict) or f.get("kind") != "growth_rate" or f.get("value") is None:
            continue
        oi = names.get((f.get("subject") or "").lower())
        if oi is None or not orgs[oi].get("is_company") or f.get("subject_kind") not in (None, "organization"):
            continue
        if orgs[oi].get("type") in vocab.valuations.get("not_holders", set()) or orgs[oi].get("ranking"):
            continue  # a publication or a ranking's name: the growth is its entrants'
        if (f.get("time") or "current") in vocab.valuations.get("not_current", set()) - {"past"}:
            continue  # a forecast, a rumour or a denial (a past period's growth still counts)
        years = f.get("period_years")  # the figures component's fact
        if years is None or years < vocab.min_years:
            continue
        pct = float(f["value"])
        rate = pct / 100 if f.get("per_year") else math.pow(1 + pct / 100, 1 / years) - 1 if pct > -100 else 0
        if rate < vocab.min_growth or _too_old(orgs[oi], vocab, now):
            continue
        out.append({"org": oi, "cat": "gazelle", "figure": f, "pos": f["span"][0]})
    return out


def _other_firm_named(orgs: list[dict], oi: int, sent) -> bool:
    """The sentence names another company and not this one by name ("B was placed on the list
    after its income rose from ... to ..."): a growth read off it is that company's, whatever a
    possessive was tied to. A sentence naming no company ("Its revenue rose ...") keeps its owner."""
    def named(o: dict) -> bool:
        return any(sent.start_char <= s < sent.end_char for s, _ in o.get("mention_spans") or [])
    if named(orgs[oi]):
        return False
    return any(named(o) for k, o in enumerate(orgs) if k != oi and o.get("is_company"))


def series_growth_labels(doc: Doc, vocab: Vocab, orgs: list[dict]) -> list[dict]:
    """Gazelle by the growth test read off a dated series of one young firm's revenue in one
    sentence ("revenue rose from $2.1 million in 2021 to ... $19.6 million in 2024"): the
    first and last dated levels give the yearly rate over at least `min_years`."""
    names = org_by_name(orgs)
    now = article_year(doc)
    series: dict[tuple[int, int], list[tuple[int, float, dict]]] = {}
    for f in doc._.figures or []:
        if not isinstance(f, dict) or f.get("kind") != "revenue" or not f.get("usd"):
            continue
        oi = names.get((f.get("subject") or "").lower())
        if oi is None or not orgs[oi].get("is_company"):
            continue
        sp = _span(doc, f)
        if sp is not None and f.get("year") is not None:  # the figures component's fact
            series.setdefault((oi, sp.sent.start), []).append((f["year"], float(f["usd"]), f))
    out = []
    for (oi, _), pts in series.items():
        pts.sort(key=lambda p: p[0])
        (y0, v0, _), (y1, v1, last) = pts[0], pts[-1]
        sp = _span(doc, last)
        if sp is not None and _other_firm_named(orgs, oi, sp.sent):
            continue
        years = y1 - y0
        if years < vocab.min_years or v0 <= 0 or len({p[0] for p in pts}) < 2:
            continue
        if math.pow(v1 / v0, 1 / years) - 1 < vocab.min_growth or _too_old(orgs[oi], vocab, now):
            continue
        out.append({"org": oi, "cat": "gazelle", "figure": last, "pos": last["span"][0]})
    return out


def change_growth_labels(doc: Doc, vocab: Vocab, orgs: list[dict]) -> list[dict]:
    """Gazelle by the growth test read off a young firm's revenue stated as a change over a period
    ("revenue climbed from 1.1 billion to 19.8 billion over the period", "has doubled its revenue
    every year since 2018, from 12 million to 96 million"): the two levels and the period the
    figures component states give the yearly rate."""
    names = org_by_name(orgs)
    now = article_year(doc)
    out = []
    for f in doc._.figures or []:
        if not isinstance(f, dict) or f.get("kind") != "revenue" or not is_change(f):
            continue
        oi = names.get((f.get("subject") or "").lower())
        if oi is None or not orgs[oi].get("is_company") or f.get("subject_kind") not in (None, "organization"):
            continue
        if orgs[oi].get("type") in vocab.valuations.get("not_holders", set()) or orgs[oi].get("ranking"):
            continue
        sp = _span(doc, f)
        if sp is not None and _other_firm_named(orgs, oi, sp.sent):
            continue
        years, v0, v1 = f.get("period_years"), float(f["value"]), float(f["value_max"])
        if years is None or years < vocab.min_years or v0 <= 0 or v1 <= v0:
            continue
        if math.pow(v1 / v0, 1 / years) - 1 < vocab.min_growth or _too_old(orgs[oi], vocab, now):
            continue
        out.append({"org": oi, "cat": "gazelle", "figure": f, "pos": f["span"][0]})
    return out
