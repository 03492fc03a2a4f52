"""Sense and stance of a category mention, read from its tokens and the parse around it.

Sense: a business category, or an animal, a brand, an object, a figure of speech, a rare hire.
Stance: a member statement, or an aspirant, a denial, a past status, a lower tier, a definition,
or a modifier of something that deals with members ("unicorn investors")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from giants.extensions import doc_text

from giants.categories.mentions import Mention
from giants.categories.vocab import Vocab

# A noun's stance is read up to the clause it belongs to: not past an apposition or a relative clause.
STOP_DEPS = {"ROOT", "appos", "relcl", "acl", "advcl", "ccomp", "parataxis"}
ENDING = {"drop", "fall", "lose", "exit", "leave", "forfeit", "shed"}
CLAUSE_DEPS = {"aux", "auxpass", "neg", "advmod", "amod", "compound", "mark", "det", "npadvmod", "prt", "nummod"}


def phrase_before(doc: Doc, i: int, n: int = 5) -> str:
    return " ".join(t.lower_ for t in doc[max(doc[i].sent.start, i - n):i])


def phrase_after(doc: Doc, i: int, n: int = 4) -> str:
    return " ".join(t.lower_ for t in doc[i:min(doc[max(i - 1, 0)].sent.end, i + n)])


def np_head(doc: Doc, m: Mention, vocab: Vocab) -> Token:
    """The noun the mention names or modifies: "unicorn" in "a unicorn", "status" in "unicorn status"."""
    tok = doc[m.end - 1]
    links = vocab.cues.get("link_nouns", set()) | vocab.cues.get("firm_nouns", set())
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i >= m.end and tok.head.i - m.end <= 2 \
            and tok.head.lower_ in links:
        tok = tok.head
    return tok


def context_tokens(tok: Token) -> list[Token]:
    """The head chain of a noun up to its clause's root, with the modifiers of each link: where
    a modal, a negation, a past marker or an aspiration that scopes over the noun sits."""
    out = [c for c in tok.children if c.dep_ in CLAUSE_DEPS or c.dep_ == "prep"]
    cur, hops = tok, 0
    while cur.head is not cur and hops < 8:
        if cur.dep_ in STOP_DEPS and cur.dep_ != "acl":
            break  # the head of an "acl" is read ("on track to become"), no other clause above
        stop = cur.dep_ == "acl"
        cur, hops = cur.head, hops + 1
        out.append(cur)
        out.extend(c for c in cur.children if c.dep_ in CLAUSE_DEPS)
        if cur.pos_ in ("VERB", "AUX"):
            # "is on track to become", "within reach of": the object of the verb's preposition
            out.extend(g for c in cur.children if c.dep_ == "prep" for g in [c] + list(c.children)
                       if g is c or (g.dep_ == "pobj" and g.pos_ == "NOUN"))
            # "... had its title revoked", "... was on the list in 2021 but did not appear this year"
            out.extend(c for c in cur.children if c.dep_ in ("oprd", "ccomp", "xcomp", "advcl") and c.i > tok.i)
            for c in cur.children:
                # "... but did not appear this year", "... but dropped off the list in 2023"
                if c.dep_ == "conj" and any(x.lower_ == "but" for x in cur.children if x.dep_ == "cc"):
                    out.extend(x for x in c.children if x.dep_ == "neg")
                    if c.lemma_.lower() in ENDING:
                        out.append(c)
                # "was a unicorn in 2020 before its valuation was cut"
                if c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in ("before", "until") for x in c.children):
                    out.append(next(x for x in c.children if x.dep_ == "mark"))
        if stop:
            break
    return out


def _names_a_product(doc: Doc, m: Mention, nxt: Token, vocab: Vocab) -> bool:
    """A capitalised term inside a sentence set in lower case, naming a thing made and sold: it
    modifies lower-case nouns none of which is a firm, a list or a title ("the Little Giant fryer",
    "its 'Gazelle' stick vacuum"), or the noun it modifies is a product word ("Little Giant air
    fryer brand")."""
    if not nxt.text[:1].islower() or nxt.pos_ not in ("NOUN", "PROPN"):  # a lower-case PROPN is a tagger slip
        return False
    chain = [nxt]
    while chain[-1].dep_ == "compound" and chain[-1].head.i > chain[-1].i and chain[-1].head.pos_ in ("NOUN", "PROPN"):
        chain.append(chain[-1].head)
    words = {t.lower_ for t in chain} | {t.lemma_.lower() for t in chain}
    if words & vocab.traps.get("brand_after", set()):
        return True
    sent = doc[m.start].sent
    title_case = sum(t.text[:1].isupper() for t in sent if t.is_alpha) > 0.6 * max(1, sum(t.is_alpha for t in sent))
    if title_case or m.start == sent.start or any(t.lower_ in ("a", "an") for t in doc[max(sent.start, m.start - 2):m.start]):
        return False
    known = set()
    for key in ("firm_nouns", "link_nouns", "title_nouns", "membership_heads"):
        known |= vocab.cues.get(key, set())
    for key in ("category_heads", "relation_heads", "object_after"):
        known |= vocab.traps.get(key, set())
    return not (words & known) and chain[-1].dep_ not in ("compound",)


def sense_of(doc: Doc, m: Mention, vocab: Vocab, sent_has_org: bool) -> str:
    traps = vocab.traps
    j = m.end
    while j < len(doc) and doc[j].is_quote:
        j += 1
    nxt = doc[j] if j < len(doc) else None
    first = doc[m.start]
    if nxt is not None and nxt.lower_ in traps.get("object_after", set()):
        return "object"
    if nxt is not None and first.text[:1].isupper() and nxt.lower_ in traps.get("brand_after", set()) \
            and m.stance != "relation":
        return "brand"
    if nxt is not None and first.text[:1].isupper() and m.stance != "relation" and _names_a_product(doc, m, nxt, vocab):
        return "brand"
    if first.text[:1].isupper() and nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" \
            and nxt.lower_ not in traps.get("category_heads", set()) and nxt.lower_ not in vocab.cues.get("firm_nouns", set()) \
            and not (j > m.end and _starts_org(doc, nxt)):
        # "Unicorn Frappuccino": a word of a product's or a firm's name; but a quoted term
        # before an organisation's name is its title ("'Little giant' Acme wins ...")
        return "product"
    last = doc[m.end - 1]
    if m.end - m.start == 1 and first.text[:1].isupper() and last.tag_ in ("NN", "NNP") \
            and not last.lower_.endswith("s") and last.dep_ not in ("compound", "amod", "nmod") \
            and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in last.children
                        if not m.start <= c.i < m.end) \
            and not (m.start > 0 and doc[m.start - 1].lower_ in ("a", "an", "the", "as")):
        return "name"  # "Remember Gazelle?", "Gazelle's value": a singular term used as a proper name
    before = phrase_before(doc, m.start, 2)
    if any(before.endswith(w) for w in traps.get("animal_before", set())):
        return "animal"
    sent = first.sent
    words = {t.lower_ for t in sent}
    if words & traps.get("context_words", set()):
        return "animal_or_sport"
    before5 = phrase_before(doc, m.start, 5)
    if any(before5.endswith(w) for w in traps.get("metaphor_before", set())):
        return "metaphor"
    after = phrase_after(doc, m.end, 3)
    if any(after.startswith(w) for w in traps.get("metaphor_after", set())) and \
            (m.end - m.start == 1 and doc[m.start].tag_ == "NN"):
        return "metaphor"
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, first.idx) + 1
    line_end = min(x for x in (text.find("\n", first.idx), len(text)) if x >= 0)
    lo, hi = min(sent.start_char, line_start), max(sent.end_char, line_end)
    figures = [f for f in doc._.figures or [] if isinstance(f, dict) and f.get("span")]
    if m.out == "gazelle" and any(f.get("kind") == "valuation" and lo <= f["span"][0] < hi for f in figures) and \
            not _growth_test_stated(figures, vocab):
        return "valuation_band"  # a rich list's "gazelle": a valuation band below the unicorns, not growth
    if not sent_has_org and words & traps.get("job_words", set()) and m.out == "unicorn":
        return "hire"
    return "business"


def _growth_test_stated(figures: list[dict], vocab: Vocab) -> bool:
    """The text states the gazelle's growth test as a threshold ("grown at a compound annual rate
    of at least 20 percent"): its gazelles are fast growers, whatever a valuation near them says."""
    pct = vocab.min_growth * 100
    return any(f.get("unit") == "%" and f.get("value") == pct and "threshold" in (f.get("about") or "")
               for f in figures)


def _starts_org(doc: Doc, tok: Token) -> bool:
    """The token opens a mention of an organisation the organisations component found."""
    for org in getattr(doc._, "organizations", None) or []:
        if not isinstance(org, dict):
            continue
        if any(s == tok.idx for s, _ in org.get("mention_spans") or []):
            return True
    return False


def subject_of(tok: Token) -> Token | None:
    """The subject (active or passive) a verb governs, if any."""
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def clause_top(tok: Token) -> Token:
    """The verb (or root) of the clause a noun belongs to: the head chain up to the first
    clause boundary."""
    cur, hops = tok, 0
    while cur.head.i != cur.i and cur.dep_ not in STOP_DEPS and hops < 10:
        cur, hops = cur.head, hops + 1
    return cur


def governed_by_aspiration(tok: Token, vocab: Vocab) -> bool:
    """"They expected the company to become a unicorn", "investors hope it will be a little
    giant": the noun's clause is the complement of a verb of wish, plan or expectation."""
    top = clause_top(tok)
    if top.dep_ not in ("ccomp", "xcomp") or top.head.i == top.i:
        return False
    gov = top.head
    words = vocab.cues.get("aspirant_words", set())
    return gov.pos_ in ("VERB", "AUX", "ADJ") and (gov.lemma_.lower() in words or gov.lower_ in words)


def holder_clause_ends_it(tok: Token, vocab: Vocab) -> bool:
    """"X, a little giant since 2021, failed to requalify", "X, which was on the list, did not
    appear this year": the holder's own clause denies or ends the status the aside states."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return False
    ctx = [verb] + [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    return any(c.dep_ == "neg" for c in ctx) or any(c.lemma_.lower() in vocab.cues.get("ending_verbs", set()) for c in ctx)


def pluperfect_copula(ctx: list[Token]) -> bool:
    """"X, which had been a little giant since 2021, ...": a status stated in the past perfect
    held up to a past moment, and the text reports it from after that moment."""
    cop = next((t for t in ctx if t.lower_ == "been" and t.dep_ in ("ROOT", "relcl", "ccomp", "advcl", "conj")
                and t.lemma_ == "be"), None)
    return cop is not None and any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ == "have" for c in cop.children)


def until_later(tok: Token) -> bool:
    """"keeps its title until 2027": an "until" whose year is the text's own year or later (or,
    with no date, of a clause in the present tense) bounds a status still held, not a past one."""
    if tok.lower_ != "until":
        return False
    year = next((c for c in tok.subtree if c.like_num and len(c.text) == 4 and c.text.isdigit()), None)
    if year is None:
        return False
    published = str(getattr(tok.doc._, "published", None) or "")[:4]
    if published.isdigit():
        return int(year.text) >= int(published)
    return tok.head.tag_ in ("VBZ", "VBP")


def stance_of(doc: Doc, m: Mention, vocab: Vocab, np_only: bool = False) -> str:
    """The mention's stance; with `np_only`, read from its own noun phrase alone (for a holder
    named inside that phrase: "the unicorn X", "X, a former unicorn")."""
    if m.stance != "member":
        return m.stance
    if m.kind == "tier":
        return "lower_tier"
    if m.kind == "discuss":
        return "generic"
    cues, traps = vocab.cues, vocab.traps
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None:
        if nxt.text == "-" and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in traps.get("modifier_suffixes", set()):
            return "relation"
        if nxt.lower_ in traps.get("relation_heads", set()) and nxt.lower_ not in cues.get("link_nouns", set()):
            return "relation"
        if nxt.lower_ in cues.get("aspirant_heads", set()):
            return "aspirant"
    head = np_head(doc, m, vocab)
    sent = doc[m.start].sent
    # lower tier: "provincial little giants", "city-level", "named by the district government"
    lower, national = cues.get("lower_tier_words", set()), cues.get("national_words", set())
    if m.out != "little_giant":
        lower = set()  # tiers are a little-giant notion: a provincial gazelle list still names gazelles
    # the words before the mention in its own noun phrase ("provincial-level specialized,
    # sophisticated ... 'little giant' enterprises"), at least the four right before it
    near = doc[max(sent.start, min(max(head.left_edge.i, m.start - 12), m.start - 4)):m.start]
    is_national = any(t.lower_ in national for t in list(near) + list(doc[m.start:m.end]))
    if any(t.lower_ in lower for t in near) and not is_national:
        return "lower_tier"
    for t in doc[m.end:min(sent.end, m.end + 12)]:
        # "named a little giant by the district government", "... at the city level"; not a
        # local body that only reports a national list ("..., the city's bureau said")
        if is_national or t.lower_ not in lower:
            continue
        level = any(x.lower_ == "level" for x in doc[t.i + 1:t.i + 3])
        agent = any(a.lower_ == "by" and a.dep_ in ("agent", "prep") for a in t.ancestors)
        if level or (agent and any(x.lower_ in ("government", "authorities", "bureau", "department")
                                   for x in doc[t.i + 1:t.i + 3])):
            return "lower_tier"
    ctx = [] if np_only else context_tokens(head)
    if any(c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.lemma_.lower() in cues.get("listing_verbs", set())
           for c in list(head.subtree) + ctx if c.i > head.i):
        return "past"  # "the first unicorn to float its shares": the status ends with the listing
    mods = [c for c in head.children] + [c for i in range(m.start, m.end) for c in doc[i].children]
    # "a once high-flying unicorn": a past word before another adjective qualifies that adjective
    qualifies_other = lambda t: head.left_edge.i <= t.i and t.i + 1 < m.start and \
        doc[t.i + 1].pos_ in ("ADJ", "ADV")  # noqa: E731
    ctx = [t for t in ctx if not qualifies_other(t)]
    mods = [t for t in mods if not qualifies_other(t)]
    if m.start >= 2 and doc[m.start - 1].text == "-":
        mods.append(doc[m.start - 2])  # "quasi-gazelle", "ex-unicorn", "pre-unicorn"
    edge = head.left_edge.i
    if head.dep_ == "appos" and edge > 0 and doc[edge - 1].pos_ == "ADV":
        mods.append(doc[edge - 1])  # "X, formerly a unicorn, ...": the parse may hang the adverb on X
    low = {t.lower_ for t in ctx if not until_later(t)} | {t.lower_ for t in mods if not until_later(t)}
    lemmas = {t.lemma_.lower() for t in ctx}
    if any(t.dep_ == "neg" for t in ctx) and "longer" in low:
        return "past"
    if low & cues.get("past_words", set()) or lemmas & cues.get("loss_verbs", set()) or pluperfect_copula(ctx):
        return "past"
    if any(t.dep_ == "neg" for t in ctx) or any(t.lower_ == "no" and t.dep_ == "det" for t in mods) \
            or lemmas & {"fail"}:
        return "negated"
    if low & cues.get("aspirant_words", set()) or lemmas & cues.get("aspirant_words", set()):
        return "aspirant"
    if not np_only and governed_by_aspiration(head, vocab):
        return "aspirant"
    if any(c.lower_ in ("making", "waiting") for c in head.subtree if c.i > head.i):
        return "aspirant"
    if lemmas & cues.get("definition_verbs", set()):
        return "generic"
    return "member"
