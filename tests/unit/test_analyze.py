"""`newswatch analyze` over a file mixing good, malformed and empty lines."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import orjson

from agents.cli.analyze import Analyzer
from pipeline.tagging import Gazetteer
from tests.fixtures import scraped_fixture

GOOD = orjson.dumps({"url": "https://e.org/1", "text": scraped_fixture("seed_shaped")["raw"]}).decode()
HTML = orjson.dumps({"id": "h1", "html": "<p>Officials said the talks would resume in Geneva next week.</p>"}).decode()


def run_analyze(tmp_path: Path, lines: list[str], *options: str) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "agents.cli", "analyze", *options, str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_mixed_file_gives_one_line_per_input_and_fails_overall(tmp_path: Path) -> None:
    lines = [GOOD, "", "{not json", "   ", '{"id": "s-5", "text": 5}', HTML, '{"id": "e-7", "text": "Menu\\nHome"}']
    result = run_analyze(tmp_path, lines)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    outputs = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == 5
    good, bad_json, bad_schema, html, empty = outputs
    assert good["title"] == "Kremlin Says Putin Plans October Trip to China"
    assert good["published"] == "2023-07-25T00:00:00Z"
    assert good["language"] == "en"
    assert good["text"].startswith("Russian President Vladimir Putin is planning to visit China in October")
    assert "Read more" not in good["text"]
    [alert] = good["alerts"]
    assert alert["alert_id"].startswith("tr-")
    assert alert["leader"] == {"id": "Q7747", "name": "Vladimir Putin"}
    assert alert["destination"] == {"country": "CN", "city": "Beijing", "event": "belt-and-road-forum"}
    # the headline's "October Trip" tells the time first (the evidence is the body's sentence, with its source)
    assert alert["when"] == {"start": "2023-10-01", "end": "2023-10-31", "text": "October"}
    assert alert["status"] == "planned"
    assert "the Kremlin" in alert["attribution"]
    statuses = sorted((trip["leader"]["id"], trip["status"]) for trip in good["trips"])
    assert statuses == [
        ("Q15031", "past"),
        ("Q7747", "past"),
        ("Q7747", "past"),
        ("Q7747", "past"),
        ("Q7747", "planned"),
    ]
    assert html["trips"] == html["alerts"] == []
    assert (bad_json["error"]["line"], bad_json["error"]["id"], bad_json["error"]["reason"]) == (3, None, "bad_json")
    assert (bad_schema["error"]["line"], bad_schema["error"]["id"], bad_schema["error"]["reason"]) == (
        5,
        "s-5",
        "schema",
    )
    assert html["id"] == "h1"
    assert "talks would resume in Geneva" in html["text"]
    assert empty["error"] == {"line": 7, "id": "e-7", "reason": "empty_body", "message": empty["error"]["message"]}


def test_an_error_line_names_the_id_the_article_would_have_had(tmp_path: Path) -> None:
    empty = orjson.dumps({"url": "https://e.org/menu", "text": "Menu\nHome"}).decode()
    result = run_analyze(tmp_path, [empty])
    [output] = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert output["error"]["reason"] == "empty_body"
    assert output["error"]["id"].startswith("a-")  # derived from the URL, as the worker derives it


def test_all_good_lines_exit_zero_and_read_stdin(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "agents.cli", "analyze", "-"],
        input=GOOD + "\n" + HTML + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_explain_says_which_rule_decided_each_trip_and_how_it_was_paired(tmp_path: Path) -> None:
    story = orjson.dumps(
        {
            "id": "x-1",
            "published": "2024-10-07",
            "text": "President Emmanuel Macron is planning to visit Kenya in November. He last visited Kenya in 2019.",
        }
    ).decode()
    [plain] = [orjson.loads(line) for line in run_analyze(tmp_path, [story]).stdout.splitlines()]
    assert all("explain" not in trip for trip in plain["trips"])
    [explained] = [orjson.loads(line) for line in run_analyze(tmp_path, [story], "--explain").stdout.splitlines()]
    why = {trip["status"]: trip["explain"] for trip in explained["trips"]}
    assert why["planned"]["pairing"] == "subject: 'Emmanuel Macron' + 'planning to visit' -> 'Kenya'"
    assert why["past"]["pairing"] == "subject: 'He' + 'visited' -> 'Kenya'"
    assert why["past"]["rule"] != why["planned"]["rule"]


def test_an_undated_article_is_tagged_on_the_day_its_trips_are_read(gazetteer: Gazetteer) -> None:
    line = orjson.dumps({"id": "u-1", "text": "The Russian president will visit China in October."}).decode()
    analyzer = Analyzer(gazetteer, 10_000_000, ("planned", "confirmed"), 0.6, reference=date(2010, 5, 20))
    result = analyzer.analyze(1, line).result
    assert [actor["id"] for actor in result["actors"]] == ["dmitry-medvedev"]
    assert [(trip["leader"]["id"], trip["when"]["start"]) for trip in result["trips"]] == [
        ("dmitry-medvedev", "2010-10-01")
    ]


def test_a_json_error_points_into_the_line_as_publish_reports_it(gazetteer: Gazetteer) -> None:
    analyzer = Analyzer(gazetteer, 10_000_000, ("planned", "confirmed"), 0.6)
    [outcome] = analyzer.analyze_lines(['{"id": "cut-short", "text": "oops"\n'])
    assert outcome.result["error"]["reason"] == "bad_json"
    assert outcome.result["error"]["message"].endswith("line 1 column 35 (char 34)")
