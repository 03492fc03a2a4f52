"""The sample articles under samples/: their shape, and what the analyzer makes of them.

Samples named trap-*.txt use category words in another sense ("tech giant", a
"Little Giant" ladder, zoo gazelles), or describe aspirants and lower tiers; none
of their organisations may get a category label.
"""

from __future__ import annotations

import pytest

from conftest import SAMPLES

ALL = sorted(SAMPLES.glob("*.txt"))
TRAPS = [p for p in ALL if p.name.startswith("trap-")]

# Sample file -> (word in the organisation's name, category it must get).
EXPECTED = {
    "little-giant-gearbox.txt": ("Hengyuan", "little_giant"),
    "unicorn-solid-state-battery.txt": ("Voltaris", "unicorn"),
    "decacorn-warehouse-robots.txt": ("Cargonaut", "decacorn"),
    "gazelle-hefei-software.txt": ("Qingshan", "gazelle"),
    # Criterion only: the category word never appears.
    "criterion-unicorn-euro-fintech.txt": ("Pagaluz", "unicorn"),
    "criterion-gazelle-oat-drinks.txt": ("Fjordmill", "gazelle"),
}


def test_enough_samples_of_each_kind():
    names = {p.name for p in ALL}
    assert len(ALL) >= 8
    assert set(EXPECTED) <= names
    assert len(TRAPS) >= 2


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_sample_shape(path):
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # raises on anything but UTF-8
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    lines = text.splitlines()
    headline = lines[0].strip()
    assert headline and len(headline.split()) <= 20
    assert not headline.endswith("."), "a headline, not a sentence"
    assert lines[1].strip() == "", "a blank line after the headline"
    assert 150 <= len(text.split()) <= 350


@pytest.mark.parametrize("path", TRAPS, ids=lambda p: p.name)
def test_trap_samples_get_no_category_labels(path, analyze):
    result = analyze(path.read_text(encoding="utf-8"), path=str(path))
    labelled = {o.name: [c.category for c in o.categories] for o in result.organizations if o.categories}
    assert labelled == {}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_positive_samples_get_their_category(name, analyze):
    word, category = EXPECTED[name]
    path = SAMPLES / name
    result = analyze(path.read_text(encoding="utf-8"), path=str(path))
    orgs = [o for o in result.organizations if any(word in form for form in [o.name, *o.aliases])]
    assert orgs, f"no organisation named like {word!r}: {[o.name for o in result.organizations]}"
    cats = {c.category for o in orgs for c in o.categories}
    assert category in cats
    if category == "decacorn":
        assert "unicorn" not in cats  # the lower tier is implied, not repeated
    assert category in result.categories_discussed
    if name.startswith("criterion-"):
        assert any(c.basis == "criterion" for o in orgs for c in o.categories if c.category == category)
