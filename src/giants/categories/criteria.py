"""Criterion labels from the figures component's facts: a private firm's current valuation in
US$ (unicorn, decacorn) and a young firm's multi-year growth (gazelle). Nothing here parses money:
value, US$, subject, subject_kind and time are the figures component's; listed and acquired
status the organisations component's."""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc

from giants.categories.vocab import Vocab

YEAR = re.compile(r"^(19|20)\d{2}$")


def org_by_name(orgs: list[dict]) -> dict[str, int]:
    out: dict[str, int] = {}
    for oi, o in enumerate(orgs):
        for n in [o.get("name")] + list(o.get("aliases") or []):
            if n:
                out.setdefault(n.lower(), oi)
    return out


def _words(doc: Doc, s: int, e: int) -> str:
    """The lower-case words of a character range, space-padded for phrase lookups."""
    if e <= s:
        return " "
    return " " + " ".join(t.lower_ for t in doc.char_span(s, e, alignment_mode="expand") or []) + " "


def is_listed(org: dict) -> bool:
    """Listed or acquired, as the organisations component (the owner of that fact) states it."""
    return bool(org.get("listed")) or bool(org.get("acquired"))


def _span(doc: Doc, f: dict):
    sp = f.get("span")
    return doc.char_span(sp[0], sp[1], alignment_mode="expand") if sp else None


def _clause_path(tok) -> list:
    """A token and its heads up to the first verb (or the root): where the clause that
    states a figure is read."""
    path, cur = [tok], tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX") and len(path) < 12:
        cur = cur.head
        path.append(cur)
    return path


def is_ranking(doc: Doc, org: dict) -> bool:
    """The organisation is a ranking's or a publication's name ("this year's PROFIT 100"):
    one of its names is followed by the ranking's size, a round number ("the Fortune 500",
    "the FT 1000"), not a model number ("Xiaomi 14")."""
    for s, e in org.get("mention_spans") or []:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is None or sp.end >= len(doc):
            continue
        nxt = doc[sp.end]
        after = doc[sp.end + 1] if sp.end + 1 < len(doc) else None
        if nxt.text.isdigit() and int(nxt.text) >= 10 and int(nxt.text) % 10 == 0 and not YEAR.match(nxt.text) and \
                (after is None or not (after.like_num or after.lower_ in ("%", "percent", "per", "million", "billion"))):
            return True
    return False


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
        oi = names.get((f.get("subject") or "").lower())
        if oi is None:
            continue
        o = orgs[oi]
        if not o.get("is_company") or o.get("type") in val.get("not_holders", set()):
            continue
        cid = vocab.category_for_usd(float(f["usd"]))
        if cid is None:
            continue
        if is_ranking(doc, o):
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
        top = _clause_path(sp.root)[-1]
        subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
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


def _year_of(tok) -> int | None:
    """A year token: "2023", or a fiscal year "FY23" / "FY2023"."""
    t = tok.text
    if YEAR.match(t):
        return int(t)
    if t[:2].upper() == "FY" and t[2:].isdigit() and len(t[2:]) in (2, 4):
        return int(t[2:]) + (2000 if len(t[2:]) == 2 else 0)
    return None


def _founding_before(low: list[str], i: int, founded: set[str]) -> bool:
    """A founding cue ("founded", "set up") ends within the three words before position i."""
    window = " " + " ".join(low[max(0, i - 3):i]) + " "
    return any(f" {cue} " in window for cue in founded)


def _years(doc: Doc, sent, vocab: Vocab, now: int | None = None) -> int | None:
    """How many years a growth statement spans: "over three years", "the past four financial
    years", "from 2019 to 2023", "between FY21 and FY24", "every year since 2020" (to the
    article's year), or "over the period" of a sentence before."""
    toks = list(sent)
    founded = vocab.cues.get("founded_words", set())
    for i, t in enumerate(toks):
        n = vocab.number_words.get(t.lower_) or (int(t.text) if t.text.isdigit() and len(t.text) <= 2 else None)
        after = [x.lower_ for x in toks[i + 1:i + 3]]
        if n and after and (after[0] in ("years", "year", "-year", "consecutive", "straight") or after == ["-", "year"] or (
                after[0] in ("financial", "fiscal", "full", "consecutive") and after[1:2] == ["years"])) \
                and not (i + 2 < len(toks) and toks[i + 2].lower_ in ("old", "ago", "later")):
            return n
    low = [t.lower_ for t in toks]
    streak = vocab.growth.get("streak_words", set())
    for i, t in enumerate(toks):
        # "for the fourth year in a row", "a fifth consecutive year"
        n = vocab.ordinal_words.get(t.lower_)
        if n:
            window = " " + " ".join(low[i + 1:i + 6]) + " "
            if any(f" {w} " in window for w in streak) and ("year" in low[i + 1:i + 4] or "years" in low[i + 1:i + 4]):
                return n
    years = [y for i, t in enumerate(toks) if (y := _year_of(t)) is not None
             and not _founding_before(low, i, founded)]  # a founding year is no span
    if len(years) >= 2 and 0 < max(years) - min(years) <= 30:
        return max(years) - min(years)
    if now is not None:
        for i, t in enumerate(toks[:-1]):
            y = _year_of(toks[i + 1])
            if t.lower_ == "since" and y is not None and 0 < now - y <= 30:
                return now - y
    if "period" in {t.lower_ for t in toks} and sent.start > 0:
        return _years(doc, doc[sent.start - 1].sent, vocab, now)  # "over the period" named just before
    return None


def ranking_period(doc: Doc, sent, vocab: Vocab, now: int | None) -> int | None:
    """The period a ranking measures growth over, stated earlier in the text ("the list ranks
    firms by their revenue growth between 2014 and 2017"): an entrant's growth stated without
    a period of its own is over that one."""
    lists = vocab.cues.get("list_nouns", set()) | vocab.cues.get("ranking_verbs", set())
    growth = vocab.growth.get("growth_nouns", set())
    for prev in doc.sents:
        if prev.start >= sent.start:
            break
        low = {t.lower_ for t in prev} | {t.lemma_.lower() for t in prev}
        if low & lists and low & growth:
            years = _years(doc, prev, vocab, now)
            if years is not None:
                return years
    return None


def _article_year(doc: Doc) -> int | None:
    """The article's year: its publication date's, else (an undated text) the latest year it names."""
    published = getattr(doc._, "published", None)
    if isinstance(published, str) and published[:4].isdigit():
        return int(published[:4])
    return max((int(t.text) for t in doc if YEAR.match(t.text)), default=None)


def _too_old(doc: Doc, org: dict, vocab: Vocab, now: int | None) -> bool:
    for s, e in org.get("mention_spans") or []:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is None:
            continue
        toks = list(sp.sent)
        low = [t.lower_ for t in toks]
        if set(low) & vocab.cues.get("old_firm_words", set()):
            return True
        # "X, China's largest steel producer, ...", "X, the listed power equipment major, ...": not a young firm
        described = [t.lower_ for c in sp.root.children if c.dep_ == "appos" for t in c.subtree]
        if set(described) & vocab.cues.get("large_firm_words", set()):
            return True
        founded = vocab.cues.get("founded_words", set())
        for i, t in enumerate(toks):
            if YEAR.match(t.text) and now and now - int(t.text) > vocab.max_age and _founding_before(low, i, founded):
                return True
    return False


def growth_labels(doc: Doc, vocab: Vocab, orgs: list[dict]) -> list[dict]:
    """Gazelle by the growth test: a growth-rate fact about a young firm, sustained over
    `min_years` or more at `min_yearly_growth` a year or more."""
    names = org_by_name(orgs)
    gw = vocab.growth
    now = _article_year(doc)
    out = []
    for f in doc._.figures or []:
        if not isinstance(f, dict) or f.get("kind") != "growth_rate" or f.get("value") is None:
            continue
        oi = names.get((f.get("subject") or "").lower())
        if oi is None or not orgs[oi].get("is_company") or f.get("subject_kind") not in (None, "organization"):
            continue
        if orgs[oi].get("type") in vocab.valuations.get("not_holders", set()) or is_ranking(doc, orgs[oi]):
            continue  # a publication or a ranking's name: the growth is its entrants'
        sp = doc.char_span(f["span"][0], f["span"][1], alignment_mode="expand")
        if sp is None:
            continue
        sent = sp.sent
        words = _words(doc, sent.start_char, sent.end_char)
        if any(f" {w} " in words for w in gw.get("single_period_words", set())):
            continue
        years = _years(doc, sent, vocab, now)
        if years is None:
            years = ranking_period(doc, sent, vocab, now)
        if years is None or years < vocab.min_years:
            continue
        pct = float(f["value"])
        yearly = any(f" {w} " in words for w in gw.get("yearly_words", set()))
        rate = pct / 100 if yearly else math.pow(1 + pct / 100, 1 / years) - 1 if pct > -100 else 0
        if rate < vocab.min_growth or _too_old(doc, orgs[oi], vocab, now):
            continue
        out.append({"org": oi, "cat": "gazelle", "figure": f, "pos": f["span"][0]})
    return out


def _year_after(doc: Doc, sp) -> int | None:
    """The year a level is stated for: "$2.1 million in 2021", "$5.4 million (2022)"."""
    for t in doc[sp.end:min(len(doc), sp.end + 3)]:
        y = _year_of(t)
        if y is not None:
            return y
        if t.lower_ not in ("in", "for", "(", "during", "by"):
            return None
    return None


def series_growth_labels(doc: Doc, vocab: Vocab, orgs: list[dict]) -> list[dict]:
    """Gazelle by the growth test read off a dated series of one young firm's revenue in one
    sentence ("revenue rose from $2.1 million in 2021 to ... $19.6 million in 2024"): the
    first and last dated levels give the yearly rate over at least `min_years`."""
    names = org_by_name(orgs)
    now = _article_year(doc)
    series: dict[tuple[int, int], list[tuple[int, float, dict]]] = {}
    for f in doc._.figures or []:
        if not isinstance(f, dict) or f.get("kind") != "revenue" or not f.get("usd"):
            continue
        oi = names.get((f.get("subject") or "").lower())
        if oi is None or not orgs[oi].get("is_company"):
            continue
        sp = doc.char_span(f["span"][0], f["span"][1], alignment_mode="expand")
        year = _year_after(doc, sp) if sp is not None else None
        if year is not None:
            series.setdefault((oi, sp.sent.start), []).append((year, float(f["usd"]), f))
    out = []
    for (oi, _), pts in series.items():
        pts.sort(key=lambda p: p[0])
        (y0, v0, _), (y1, v1, last) = pts[0], pts[-1]
        years = y1 - y0
        if years < vocab.min_years or v0 <= 0 or len({p[0] for p in pts}) < 2:
            continue
        if math.pow(v1 / v0, 1 / years) - 1 < vocab.min_growth or _too_old(doc, orgs[oi], vocab, now):
            continue
        out.append({"org": oi, "cat": "gazelle", "figure": last, "pos": last["span"][0]})
    return out
