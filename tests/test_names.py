"""Normalisation: spellings of one place meet; the functions are idempotent and total."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homsmap.gazetteer import Gazetteer
from homsmap.names import fold, normalize_name, skeleton
from homsmap.resolve import resolve

SAME = [
    ("Rastan", "al-Rastan", "Ar Rastan", "AR-RASTAN", "ar-rastan"),
    ("Teir Maalah", "Tayr Ma'la", "Tayr Maʿla", "Teir Ma'alah"),
    ("Zaafaraniyah", "Za‘farānīyah", "Al-Zaafaraniyya", "az-Zaafaraniyeh"),
    ("Qusayr", "Kouseir", "al-Qusayr", "Al Quşayr"),
    ("Jousieh", "Jūsīyah", "Joussié", "Jusiyah"),
    ("Talbiseh", "Talbisah", "Talbisseh"),
    ("Hosh Arab", "Hawsh 'Arab", "Haouch el Arab", "Housh Arab"),
]


@pytest.mark.parametrize("spellings", SAME)
def test_spellings_of_one_name_meet(spellings: tuple[str, ...]) -> None:
    assert len({normalize_name(s) for s in spellings}) == 1


def test_arabic_and_latin_meet_in_the_skeleton_only() -> None:
    assert normalize_name("الرستن") != normalize_name("Rastan")
    assert skeleton("الرستن") == skeleton("Rastan") == skeleton("Ar-Rastan")
    assert skeleton("تلبيسة") == skeleton("Talbiseh")
    assert skeleton("Homs") != skeleton("Hama")


def test_arabic_variants_fold_together() -> None:
    assert fold("حماة") == fold("حماه")
    assert fold("إدلب") == fold("ادلب")
    assert fold("الرَّسْتَن") == fold("الرستن")
    assert normalize_name("الرستن") == normalize_name("رستن")


@given(st.text(max_size=60))
@settings(max_examples=400, deadline=None)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(max_size=60))
@settings(max_examples=400, deadline=None)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_name(text)
    assert normalize_name(once) == once


@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz -'ʿ‘ʾéāīūḩşţ"), max_size=30))
@settings(max_examples=400, deadline=None)
def test_normalize_is_idempotent_on_transliterations(text: str) -> None:
    once = normalize_name(text)
    assert normalize_name(once) == once


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_resolution_never_raises(gaz: Gazetteer, text: str) -> None:
    match = resolve(gaz, text)
    assert match.status in ("resolved", "ambiguous", "unknown")
    assert (match.place is not None) == (match.status == "resolved")


TOWNS = ["Rastan", "Talbiseh", "Qusayr", "Palmyra", "Qaryatayn", "Dumayr", "Jayrud", "Salamiyah", "Houla",
         "Tir Ma'la", "Qubbat al-Kurdi", "Deir Ful", "Izz al-Din", "Farhaniyah", "Yabroud"]


@given(st.sampled_from(TOWNS), st.sampled_from(["", "al-", "Al ", "el-", "ar-", "as-", "AL-"]),
       st.sampled_from([str.lower, str.upper, str.title, lambda s: s]), st.booleans())
@settings(max_examples=300, deadline=None)
def test_same_place_whatever_case_hyphen_or_article(gaz: Gazetteer, town: str, article: str,
                                                     case: object, hyphens: bool) -> None:
    base = resolve(gaz, town)
    assert base.resolved, town
    variant = article + town
    variant = variant.replace(" ", "-") if hyphens else variant.replace("-", " ")
    variant = case(variant)  # type: ignore[operator]
    match = resolve(gaz, variant)
    assert match.resolved, variant
    assert match.place is not None and base.place is not None
    assert match.place.distance_km(base.place) <= 5.0, (variant, match.place.id, base.place.id)
