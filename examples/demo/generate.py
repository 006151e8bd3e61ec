#!/usr/bin/env python3
"""Writes the casus demo: a seeded, deterministic stream of wire-style news
articles (JSON Lines: id, date, title, text, source, url) over six months of
2024, in which tension between China and the Philippines builds week by week
(talks and trade, then accusations and warnings, then troop deployments,
blockades and seizures, then clashes) while other dyads stay steady.

Each happening is reported by one to four wires, some the next day, so that
`casus code --db` groups the reports into one canonical event with mention
counts. The stream is synthetic: no article reports a real event.

    python3 examples/demo/generate.py [--seed N] [--out FILE]   (default: stdout)

Same seed, same bytes. Every template was checked with `casus code` to code
the event it is meant to (examples/demo/README.md; tests/test_trends.cc codes
the stream and checks that `casus alerts` names CHN-PHL).
"""
import argparse
import datetime
import json
import random
import sys

FORMS = {
    "CHN": ("China", "Chinese", "Beijing"),
    "PHL": ("the Philippines", "Philippine", "Manila"),
    "DEU": ("Germany", "German", "Berlin"),
    "FRA": ("France", "French", "Paris"),
    "JPN": ("Japan", "Japanese", "Tokyo"),
    "KOR": ("South Korea", "South Korean", "Seoul"),
    "BRA": ("Brazil", "Brazilian", "Brasilia"),
    "ARG": ("Argentina", "Argentine", "Buenos Aires"),
    "EGY": ("Egypt", "Egyptian", "Cairo"),
    "JOR": ("Jordan", "Jordanian", "Amman"),
    "KEN": ("Kenya", "Kenyan", "Nairobi"),
    "ETH": ("Ethiopia", "Ethiopian", "Addis Ababa"),
    "IND": ("India", "Indian", "New Delhi"),
    "PAK": ("Pakistan", "Pakistani", "Islamabad"),
    "USA": ("the United States", "American", "Washington"),
    "IRN": ("Iran", "Iranian", "Tehran"),
    "TUR": ("Turkey", "Turkish", "Ankara"),
    "GRC": ("Greece", "Greek", "Athens"),
}

# (template, CAMEO code it codes to, both directions?) -- {A} is the actor
# named at the start of a sentence, {a} elsewhere, {a_adj} the adjective,
# {a_cap} the capital; likewise {b...} for the target.
COOPERATION = [
    ("{A_adj} and {b_adj} officials held talks in {a_cap} on trade.", "040", True),
    ("{A} and {b} agreed to expand trade.", "0311", True),
    ("{A} praised {b} for its cooperation.", "051", False),
    ("{A} and {b} signed an agreement on energy cooperation.", "057", True),
    ("{A} hosted {b_adj} officials for consultations in {a_cap}.", "043", False),
]
FRICTION = [
    ("{A} criticized {b} over its trade policy.", "111", False),
    ("{A} expressed concern over {b_adj} policy.", "012", False),
]
ACCUSATIONS = [
    ("{A} accused {b} of provoking tensions.", "112", False),
    ("{A} warned {b} against further provocations.", "130", False),
    ("{A} criticized {b} over its fishing policy.", "111", False),
    ("{A} rejected {b_poss} demands.", "120", False),
    ("{A} condemned {b} over the incident.", "111", False),
    ("{A} demanded that {b} withdraw its vessels.", "100", False),
]
FORCE_POSTURE = [
    ("{A} deployed troops near {b}.", "154", False),
    ("{A_adj} warships blockaded a {b_adj} outpost.", "191", False),
    ("{A_adj} aircraft violated {b_adj} airspace.", "150", False),
    ("{A_adj} forces seized a {b_adj} fishing boat.", "171", False),
    ("{A} expelled {b_adj} diplomats.", "161", False),
    ("{A} threatened to use force against {b}.", "138", False),
    ("{A} imposed sanctions on {b}.", "163", False),
]
CLASHES = [
    ("{A_adj} forces fired on {b_adj} troops.", "190", False),
    ("{A_adj} troops attacked {b_adj} forces.", "190", False),
]
CONTEXT = [
    "Officials gave no further details.",
    "The statement was released late in the day.",
    "Both sides have traded statements for weeks.",
    "The dispute concerns fishing grounds and shipping lanes.",
    "Analysts said the situation remained fluid.",
]
WIRES = ["Harbor Wire", "Meridian News", "Capital Press Service", "Global Dispatch"]


def phase_mix(day):
    """The rising dyad's happenings on day `day` (0-based): how many of each
    kind, by phase. Quiet for four months, then each phase adds a kind."""
    if day < 119:
        return [(COOPERATION, 0.6), (FRICTION, 0.08)]
    if day < 147:
        return [(COOPERATION, 0.3), (ACCUSATIONS, 0.4 + (day - 119) / 40)]
    if day < 168:
        return [(COOPERATION, 0.1), (ACCUSATIONS, 1.2), (FORCE_POSTURE, 0.5 + (day - 147) / 15)]
    return [(ACCUSATIONS, 1.5), (FORCE_POSTURE, 2.0), (CLASHES, 0.8 + (day - 168) / 6)]


BACKGROUND = [
    # dyad, kinds with daily rates: steady all along
    (("DEU", "FRA"), [(COOPERATION, 0.9)]),
    (("JPN", "KOR"), [(COOPERATION, 0.7)]),
    (("BRA", "ARG"), [(COOPERATION, 0.5)]),
    (("EGY", "JOR"), [(COOPERATION, 0.5)]),
    (("KEN", "ETH"), [(COOPERATION, 0.4)]),
    (("IND", "PAK"), [(COOPERATION, 0.2), (FRICTION, 0.3), (ACCUSATIONS, 0.25)]),
    (("USA", "IRN"), [(FRICTION, 0.3), (ACCUSATIONS, 0.3)]),
    (("TUR", "GRC"), [(COOPERATION, 0.3), (FRICTION, 0.2), (ACCUSATIONS, 0.15)]),
]


def fill(template, a, b):
    an, aadj, acap = FORMS[a]
    bn, badj, bcap = FORMS[b]
    return template.format(
        A=an[0].upper() + an[1:], a=an, A_adj=aadj, a_adj=aadj, a_cap=acap,
        b=bn, b_adj=badj, b_cap=bcap, b_poss=bn + "'s")


def poisson(rng, lam):
    # Knuth's method: the rates here are small.
    l, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def happenings(rng, day, dyad, mix):
    out = []
    for kinds, rate in mix:
        for _ in range(poisson(rng, rate)):
            template, cameo, both = rng.choice(kinds)
            a, b = dyad if both or rng.random() < 0.6 else dyad[::-1]
            out.append((fill(template, a, b), cameo, a, b))
    return out


def headline(sentence):
    words = sentence.rstrip(".").split()
    return " ".join(words[:9])


def generate(seed):
    rng = random.Random(seed)
    start = datetime.date(2024, 1, 1)
    days = 182
    # Articles are written in date order: each happening's reports go to the
    # day they are filed (the happening's day, or the next for late reports).
    filed = {d: [] for d in range(days + 1)}
    for day in range(days):
        todays = happenings(rng, day, ("CHN", "PHL"), phase_mix(day))
        for dyad, mix in BACKGROUND:
            todays += happenings(rng, day, dyad, mix)
        for sentence, _, _, _ in todays:
            n = rng.choices([1, 2, 3, 4], weights=[45, 30, 17, 8])[0]
            for wire in rng.sample(WIRES, n):
                late = rng.random() < 0.2 and day + 1 < days
                filed[day + late].append((wire, sentence))
    n = 0
    for d in range(days):
        date = (start + datetime.timedelta(days=d)).isoformat()
        for wire, sentence in filed[d]:
            n += 1
            text = sentence + " " + rng.choice(CONTEXT)
            slug = wire.lower().replace(" ", "-")
            yield {
                "id": "demo-%05d" % n,
                "date": date,
                "title": headline(sentence),
                "text": text,
                "source": wire,
                "url": "https://news.example/%s/%s/%05d" % (slug, date, n),
            }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for article in generate(args.seed):
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
