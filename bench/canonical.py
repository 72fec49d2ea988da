"""Write a pipeline exactly as followup writes its data file (src/io/store_format.cpp).

Two-space indent, fixed key order, scalar lists inline, optional keys left out when
absent, UTF-8 kept as it is (only '"', '\\' and control characters escaped), one final
newline. A file written here is loaded and saved by followup without a byte changing.

A pipeline is a dict: {"next_id": int, "settings": dict, "prospects": [prospect...]}.
A prospect is a dict with the keys of the file format; an attempt is a dict with "at",
"channel", "outcome" and optionally "note" and "value". Standard library only.
"""

from json.encoder import encode_basestring as _quote  # ensure_ascii=False, like followup

SETTINGS_ORDER = (
    "cadence_days",
    "after_fifth_days",
    "dream_days",
    "nurture_days",
    "abandon_after_days",
    "skip_weekends",
)

DEFAULT_SETTINGS = {
    "cadence_days": [3, 4, 7, 14],
    "after_fifth_days": 30,
    "dream_days": 7,
    "nurture_days": 90,
    "abandon_after_days": 14,
    "skip_weekends": True,
}


def _scalar(value):
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    raise TypeError(f"not a scalar or scalar list: {value!r}")


def _settings(settings):
    fields = [
        f'\n    "{key}": {_scalar(settings[key])}' for key in SETTINGS_ORDER if key in settings
    ]
    return "{" + ",".join(fields) + "\n  }" if fields else "{}"


def attempt_text(attempt):
    out = ['        {\n          "at": ', _quote(attempt["at"]),
           ',\n          "channel": ', _quote(attempt["channel"]),
           ',\n          "outcome": ', _quote(attempt["outcome"])]
    note = attempt.get("note")
    if note is not None:
        out += [',\n          "note": ', _quote(note)]
    value = attempt.get("value")
    if value is not None:
        out += [',\n          "value": ', _quote(value)]
    out.append("\n        }")
    return "".join(out)


def prospect_text(p):
    out = ['    {\n      "id": ', str(p["id"]), ',\n      "name": ', _quote(p["name"])]
    for key in ("company", "email", "phone"):
        if p.get(key) is not None:
            out += [',\n      "', key, '": ', _quote(p[key])]
    out += [',\n      "tags": ', _scalar(p.get("tags", [])),
            ',\n      "status": ', _quote(p.get("status", "active")),
            ',\n      "dream": ', _scalar(p.get("dream", False)),
            ',\n      "created": ', _quote(p["created"])]
    if p.get("next") is not None:
        out += [',\n      "next": ', _quote(p["next"])]
    if p.get("cadence") is not None:
        out += [',\n      "cadence": ', _scalar(p["cadence"])]
    if p.get("notes") is not None:
        out += [',\n      "notes": ', _quote(p["notes"])]
    attempts = p.get("attempts", [])
    if attempts:
        out += [',\n      "attempts": [\n', ",\n".join(attempt_text(a) for a in attempts),
                "\n      ]\n    }"]
    else:
        out.append(',\n      "attempts": []\n    }')
    return "".join(out)


def pipeline_chunks(pipeline):
    """The file as a sequence of strings (to stream large pipelines without one copy)."""
    head = '{\n  "version": 1'
    if pipeline.get("next_id") is not None:
        head += ',\n  "next_id": ' + str(pipeline["next_id"])
    if pipeline.get("settings") is not None:
        head += ',\n  "settings": ' + _settings(pipeline["settings"])
    prospects = pipeline["prospects"]
    if not prospects:
        yield head + ',\n  "prospects": []\n}\n'
        return
    yield head + ',\n  "prospects": [\n'
    for index, prospect in enumerate(prospects):
        yield (",\n" if index else "") + prospect_text(prospect)
    yield "\n  ]\n}\n"


def pipeline_text(pipeline):
    return "".join(pipeline_chunks(pipeline))
