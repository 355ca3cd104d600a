"""What a worker keeps in memory once the gazetteer and the language identifier are built."""

from __future__ import annotations

from pipeline.cleaning.language import LANGUAGES, _identifier, detect_language
from pipeline.tagging import Gazetteer


def test_a_compiled_index_keeps_its_names_only_in_the_automaton(gazetteer: Gazetteer) -> None:
    for language, index in gazetteer._indexes.items():
        assert (index.patterns, index.originals, index.compounds) == ({}, {}, {}), language
        assert gazetteer.pattern_count(language) == len(index._automaton) > 0


def test_entries_pointing_at_the_same_countries_share_one_set(gazetteer: Gazetteer) -> None:
    entries = list(gazetteer._indexes["en"]._automaton.values())
    assert len({id(entry.countries) for entry in entries}) == len({entry.countries for entry in entries})


def test_a_case_test_narrows_an_entry_with_its_own_spellings(gazetteer: Gazetteer) -> None:
    # "French Guiana" is a country only capitalised; in lower case only the phrase to ignore is left.
    index = gazetteer._indexes["en"]
    entry = index._automaton.get("french guiana")
    kept = tuple(pattern for pattern in entry.patterns if pattern.kind == "ignore")
    narrowed = index._narrow(entry, kept)
    assert (narrowed.patterns, narrowed.originals, narrowed.ignore) == (kept, ("French Guiana",), True)
    assert index._narrow(entry, kept) is narrowed
    assert gazetteer.find("They flew to french guiana.") == []


def test_the_language_identifier_holds_only_the_languages_it_may_answer() -> None:
    identifier = _identifier()
    assert set(identifier.nb_classes) == set(LANGUAGES)
    # py3langid's set_languages would keep the whole model (142 columns) beside these, to reset to it.
    assert identifier._full_model[0].shape[1] == len(identifier.nb_classes)
    assert detect_language("The president will travel to Kenya next week for talks on trade.") == "en"


def test_building_leaves_no_russian_dictionary_behind(gazetteer: Gazetteer) -> None:
    from pipeline.tagging import russian

    Gazetteer(gazetteer.watchlist)
    assert russian._analyzer.cache_info().currsize == 0
    assert russian._word_forms.cache_info().currsize == 0
    assert gazetteer.find("Визит Путина в Китай", "ru")
