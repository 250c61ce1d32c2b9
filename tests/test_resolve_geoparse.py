"""Resolution and geoparsing on real gazetteer data, and the labelled mentions of the five documents."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from homsmap.errors import InvalidNameError
from homsmap.files import read_text_document
from homsmap.gazetteer import Gazetteer
from homsmap.geoparse import find_mentions, find_places
from homsmap.resolve import Context, check_name, resolve

LABELS = Path(__file__).parent / "data" / "place_labels.yaml"


@pytest.mark.parametrize(("name", "place_id"), [
    ("Rastan", "wof:421178433"), ("al-Rastan", "wof:421178433"), ("Ar Rastan", "wof:421178433"),
    ("الرستن", "wof:421178433"), ("Teir Maalah", "wof:1242756089"), ("Tir Ma'la", "wof:1242756089"),
    ("Palmyra", "wof:421197935"), ("Tadmur", "wof:421197935"), ("Karyetin", "wof:421170787"),
    ("Al-Qaryatayn", "wof:421170787"), ("Hama", "wof:421202161"), ("Hama province", "ocha:SY05"),
    ("Homs Governorate", "ocha:SY04"), ("Yabroud District", "ocha:SY0305"), ("Homs", "wof:421168647"),
    ("حمص", "wof:421168647"), ("Homs Central Prison", "hm:homs-central-prison"),
])
def test_resolves_reporters_spellings(gaz: Gazetteer, name: str, place_id: str) -> None:
    match = resolve(gaz, name)
    assert match.status == "resolved", (name, match.reason, [c.place.id for c in match.candidates[:3]])
    assert match.place is not None and match.place.id == place_id
    assert 0.5 < match.confidence <= 1.0


def test_same_named_villages_are_ambiguous_without_context(gaz: Gazetteer) -> None:
    match = resolve(gaz, "Al-Wazi'iya")
    assert match.status == "ambiguous"
    assert match.place is None
    assert {c.place.id for c in match.candidates} >= {"wof:1276526179", "wof:1276967479", "wof:1310393661"}


def test_adra_is_not_daraa_by_an_ancient_name(gaz: Gazetteer) -> None:
    # GeoNames lists "Adraa", an ancient name, for Daraa; alone "Adra" must not silently resolve there, and beside
    # Douma and Damascus it is the town of Adra north-east of the capital
    alone = resolve(gaz, "Adra")
    assert alone.status == "ambiguous" and alone.place is None
    assert {c.place.id for c in alone.candidates} >= {"wof:1293769267", "wof:421197257"}
    found = {m.query: m for m in find_places("Rebels stormed the town of Adra, north-east of Douma and Damascus, on "
                                               "Wednesday.", gazetteer=gaz)}
    assert found["Adra"].place is not None and found["Adra"].place.id == "wof:1293769267"


def test_context_picks_the_village_near_the_document(gaz: Gazetteer) -> None:
    izz_al_din = gaz["wof:1209994691"]
    near = Context(anchors=((izz_al_din.lat, izz_al_din.lon, 1.0),))
    match = resolve(gaz, "Al-Wazi'iya", context=near)
    assert match.resolved and match.place is not None and match.place.id == "wof:1276526179"
    qaryatayn = gaz["wof:421170787"]
    south = Context(anchors=((qaryatayn.lat, qaryatayn.lon, 1.0),))
    other = resolve(gaz, "Al-Wazi'iya", context=south)
    assert other.place is None or other.place.id != "wof:1276526179"


def test_unknown_names_are_honest(gaz: Gazetteer) -> None:
    for name in ("Beirut", "Tripoli", "Gaziantep", "Lebanon"):
        match = resolve(gaz, name)
        assert match.status == "unknown" and match.reason.startswith("outside Syria"), name
    nonsense = resolve(gaz, "Qwxyzabad")
    assert nonsense.status == "unknown" and nonsense.place is None


def test_misspelling_gets_suggestions_or_candidates(gaz: Gazetteer) -> None:
    match = resolve(gaz, "Talbisahh")
    assert (match.place is not None and match.place.id == "wof:421178429") or \
        any(c.place.id == "wof:421178429" for c in match.candidates)


@pytest.mark.parametrize("bad", ["", "   ", "x" * 10_000, "Homs\x00", "Ho\x1bms"])
def test_bad_names_raise_a_clear_error(bad: str) -> None:
    with pytest.raises(InvalidNameError) as info:
        check_name(bad)
    assert isinstance(info.value, ValueError)
    assert "fix:" in str(info.value)


def test_longer_names_are_not_double_counted(gaz: Gazetteer) -> None:
    text = "By night, rebels took over Homs Central Prison in the north of Homs."
    mentions = find_mentions(text, gazetteer=gaz)
    assert [m.text for m in mentions] == ["Homs Central Prison", "Homs"]


def test_personal_and_group_names_are_not_places(gaz: Gazetteer) -> None:
    text = ("Bashar al-Assad met Suheil al-Hassan while the Homs Legion and Ahrar al-Sham fighters "
            "left Talbiseh; SANA reported it.")
    found = [m.text for m in find_mentions(text, gazetteer=gaz)]
    assert found == ["Talbiseh"]


def test_an_article_makes_a_common_word_a_name(gaz: Gazetteer) -> None:
    """'habit' is an English word, but 'Al Habit' is the Idlib village; a bare 'habit' stays a word."""
    found = [(m.query, m.place.id if m.place else None)
             for m in find_places("The army took Al Habit on 11 August.", gazetteer=gaz)]
    assert found == [("Al Habit", "wof:1209802489")]
    assert find_mentions("Old habit dies hard in the ranks.", gazetteer=gaz) == []


def test_arabic_text(gaz: Gazetteer) -> None:
    matches = find_places("سيطرت الفصائل على مدينة الرستن وتلبيسة في ريف حمص الشمالي", gazetteer=gaz)
    ids = [m.place.id for m in matches if m.place is not None]
    assert "wof:421178433" in ids


def test_cues_choose_the_admin_level(gaz: Gazetteer) -> None:
    matches = find_places("Fighting spread from Hama city into Hama province and the Yabroud District.",
                          gazetteer=gaz)
    assert [(m.query, m.place.kind if m.place else None) for m in matches] == [
        ("Hama city", "city"), ("Hama province", "governorate"), ("Yabroud District", "district")]


def _labels() -> dict[str, list[dict[str, object]]]:
    data = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("document", sorted(_labels()))
def test_every_labelled_mention_resolves_to_its_place(gaz: Gazetteer, seeds_dir: Path, document: str) -> None:
    labels = _labels()[document]
    text = read_text_document(seeds_dir / document)
    found = {(m.start, m.query): m for m in find_places(text, gazetteer=gaz, document=document)}
    wrong = []
    for label in labels:
        start, name, expected = label["start"], label["text"], label["id"]
        assert isinstance(start, int) and isinstance(name, str)
        assert text[start:start + len(name)] == name, f"label does not match the text at {start}"
        match = found.pop((start, name), None)
        if expected is None:
            if match is not None and match.resolved:
                wrong.append(f"{name}@{start}: not a place, resolved to {match.place.id}")  # type: ignore[union-attr]
        elif expected == "outside":
            if match is None or match.resolved or not match.reason.startswith("outside Syria"):
                wrong.append(f"{name}@{start}: outside Syria, got {match and match.status}")
        elif match is None or not match.resolved or match.place is None or match.place.id != expected:
            got = None if match is None else (match.status, match.place.id if match.place else None)
            wrong.append(f"{name}@{start}: expected {expected}, got {got}")
    unexpected = [f"{q}@{s} -> {m.status} {m.place.id if m.place else ''}" for (s, q), m in found.items()]
    assert not wrong, wrong
    assert not unexpected, f"mentions not in the labels: {unexpected}"
    resolved = sum(1 for label in labels if label["id"] not in (None, "outside"))
    assert resolved >= 5


def test_a_governorate_s_capital_names_its_governorate(gaz: Gazetteer) -> None:
    text = "The army broke the siege of Deir al-Zor on Tuesday after taking the village of al-Shoula on Monday."
    shoula = next(m for m in find_places(text, gazetteer=gaz) if m.query == "al-Shoula")
    assert shoula.place is not None and shoula.place.id == "wof:1209406525"  # (not a Hasakah Chulah)
    alone = resolve(gaz, "al-Shoula")
    assert alone.status == "ambiguous"  # (with no context it stays a question)
