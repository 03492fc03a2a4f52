"""Gist: 2-3 whole body sentences, in article order, never the headline, with the category sentence."""

from __future__ import annotations

from giants.annotators.gist import sentence_spans

HEADLINE = "Gearbox maker joins China's little giant list"
BODY = (
    "Acme Motion, a maker of precision gearboxes in Hubei, has been named a national little giant. "
    "The company sells its gearboxes to robot makers in Germany and Japan. "
    "Its founder started the firm in a rented workshop in 2009. "
    "Sales of gearboxes rose by a third last year as robot makers expanded. "
    "The weather in Wuhan was mild on the day of the announcement. "
    "Officials said more gearbox makers could join the list next year."
)


def test_headline_is_never_part_of_a_sentence(nlp):
    doc = nlp(HEADLINE + "\n" + BODY)
    assert doc._.title == HEADLINE
    for s, e in doc._.gist_spans:
        assert s >= len(HEADLINE)
        assert HEADLINE not in doc.text[s:e]


def test_first_body_sentence_survives_a_merged_headline(nlp):
    # With a single newline the parser tends to glue the headline onto the first sentence;
    # that sentence must still be available, without the headline.
    doc = nlp(HEADLINE + "\n" + BODY)
    first = BODY.split(". ")[0] + "."
    spans = sentence_spans(doc)
    assert doc.text[spans[0][0]:spans[0][1]] == first
    assert any(doc.text[s:e] == first for s, e in doc._.gist_spans)


def test_two_or_three_whole_sentences_in_article_order(nlp):
    doc = nlp(HEADLINE + "\n\n" + BODY)
    spans = doc._.gist_spans
    assert 2 <= len(spans) <= 3
    assert spans == sorted(spans)
    sentences = {doc.text[s:e] for s, e in sentence_spans(doc)}
    for s, e in spans:
        assert doc.text[s:e] in sentences
        assert doc.text[s:e].endswith(".")


def test_off_topic_sentence_is_left_out(nlp):
    doc = nlp(HEADLINE + "\n\n" + BODY)
    assert not any("weather" in doc.text[s:e] for s, e in doc._.gist_spans)


def test_category_sentence_is_included(nlp):
    text = (
        "Gearboxes for a changing market\n\n"
        "Gearbox makers across Hubei are adding lines as robot makers order more gearboxes. "
        "Orders for gearboxes rose by a third last year, and gearbox prices held steady. "
        "Several gearbox makers have hired engineers from abroad to speed up their gearbox designs. "
        "Acme Motion, one of the smaller firms, was confirmed as a unicorn after its latest funding round. "
        "Gearbox makers expect robot makers to keep buying gearboxes next year."
    )
    doc = nlp(text)
    start = text.index("Acme Motion, one")
    end = text.index("round.") + len("round.")
    # what the categories component (which runs before the gist) would write
    doc._.category_labels = [{"org": "Acme Motion", "category": "unicorn", "basis": "explicit",
                              "evidence": text[start:end], "span": [start, end], "confidence": 0.9}]
    doc = nlp.get_pipe("giants_gist")(doc)
    assert [start, end] in doc._.gist_spans
    assert 2 <= len(doc._.gist_spans) <= 3
    assert doc._.gist_spans == sorted(doc._.gist_spans)


def test_gist_text_in_analysis_matches_spans(analyze):
    a = analyze(HEADLINE + "\n\n" + BODY)
    text = HEADLINE + "\n\n" + BODY
    assert a.gist == " ".join(text[s:e] for s, e in a.gist_spans)
    assert HEADLINE not in a.gist


def test_wire_dateline_is_not_part_of_the_first_sentence(nlp):
    text = ("Valve maker lists in Tianjin\n\n"
            "TIANJIN, March 3, 2025 (Xinhua) -- Tianjin Harbour Valve, a maker of industrial valves, listed its "
            "shares on Thursday and raised 300 million yuan. Its industrial valves sell in 30 countries "
            "and go into pipelines and power stations. The weather in Tianjin was cold and windy that day.")
    doc = nlp(text)
    first = sentence_spans(doc)[0]
    assert doc.text[first[0]:first[1]].startswith("Tianjin Harbour Valve, a maker")
    assert all("(Xinhua)" not in doc.text[s:e] for s, e in doc._.gist_spans)


def test_sentence_leaning_on_an_earlier_one_yields_to_a_standalone_one(nlp):
    text = ("Gearbox makers expand\n\n"
            "Gearbox makers in Hubei are adding production lines as robot makers order more gearboxes. "
            "It said gearbox orders from robot makers doubled this year at its Wuhan plant. "
            "Ferro Drives said gearbox orders from robot makers doubled this year at its plant. "
            "The weather in Wuhan was cold and windy that week, and many flights were late.")
    doc = nlp(text)
    doc = nlp.get_pipe("giants_gist").__class__(nlp, "g", sentences=2)(doc)
    chosen = [doc.text[s:e] for s, e in doc._.gist_spans]
    assert any(c.startswith("Ferro Drives said") for c in chosen), chosen
    assert not any(c.startswith("It said") for c in chosen), chosen
