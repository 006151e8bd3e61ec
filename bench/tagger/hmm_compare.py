#!/usr/bin/python3
"""Tries a statistical tagger on casus's hand-tagged sample, for comparison with
casus's own tagger (tests/test_tagging.cc prints that one's figures).

A first-order HMM decoded with Viterbi, as Lingua::EN::Tagger does it: tag
transition probabilities and word-tag counts from Penn Treebank text, shipped
by Debian's liblingua-en-tagger-perl (GPL-3 data: read here at run time from
/usr/share/perl5/Lingua/EN/Tagger, never copied into casus). Unknown words get
the package's suffix classes. Scored exactly as tests/tagging/tag_accuracy.h
scores casus (coarse classes N V J R O with the same allowances; verb forms
VBD/VBN/... over tokens both call verbs).

    bench/tagger/hmm_compare.py [tests/tagging/wire.tags]   # prints misses, then totals
Exits 0 with a note when the package is not installed.
"""
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
import tagmodel  # noqa: E402

DATA = '/usr/share/perl5/Lingua/EN/Tagger/'


def load(name):
    return tagmodel.load(DATA + name)  # one reader of Lingua's YAML: tools/tagmodel.py


def normalised(row):
    total = sum(row.values())
    return {k: v / total for k, v in row.items()}


def emissions(word, first, words, unknown):
    row = words.get(word)
    if row is None and (first or not word[0].isupper()):
        row = words.get(word.lower())
    if row is not None:
        return normalised(row)
    if word[0].isdigit():
        return {'cd': 1.0}
    for cls, test in (('-cap-', word[0].isupper()), ('-hyp-', '-' in word),
                      ('-ing-', word.endswith('ing')), ('-ed-', word.endswith('ed')),
                      ('-ly-', word.endswith('ly')), ('-tion-', word.endswith('tion')),
                      ('-s-', word.endswith('s'))):
        if test:
            return normalised(unknown[cls])
    return normalised(unknown['-unknown-'])


def viterbi(words_in, words, trans, unknown):
    best = {'pp': (0.0, [])}  # sentence start = after a period
    for i, w in enumerate(words_in):
        nxt = {}
        for tag, pe in emissions(w, i == 0, words, unknown).items():
            nxt[tag] = max((sc + math.log(trans.get(pt, {}).get(tag, 1e-7)) + math.log(pe),
                            path + [tag]) for pt, (sc, path) in best.items())
        best = nxt
    return max(best.values())[1]


def cls(tag):
    t = tag.upper()
    if t.startswith('NN'):
        return 'N'
    if t.startswith('VB'):
        return 'V'
    if t.startswith('JJ'):
        return 'J'
    if t.startswith('RB') or t == 'RP':
        return 'R'
    return 'O'


def main():
    sample = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), '..', '..', 'tests', 'tagging', 'wire.tags')
    if not os.path.exists(DATA + 'tags.yml'):
        print('liblingua-en-tagger-perl is not installed: nothing to compare')
        return 0
    words, trans, unknown = load('words.yml'), load('tags.yml'), load('unknown.yml')
    tokens = correct = verbs = forms = 0
    for line in open(sample):
        if line.startswith('#') or not line.strip():
            continue
        pairs = [t.rsplit('/', 1) for t in line.split()]
        ws, gold = [p[0] for p in pairs], [p[1] for p in pairs]
        got = viterbi(ws, words, trans, unknown)
        for i, (w, g, o) in enumerate(zip(ws, gold, got)):
            tokens += 1
            prenominal = g in ('VBN', 'VBG') and i + 1 < len(gold) and cls(gold[i + 1]) in 'NJ'
            ok = (cls(g) == cls(o) or (prenominal and cls(o) == 'J') or
                  (cls(g) == 'J' and w[0].isupper() and cls(o) == 'N') or
                  (cls(g) == 'J' and o in ('det', 'pdt')))
            if ok:
                correct += 1
            else:
                print('miss:', w, g, '->', o, '|', ' '.join(ws))
            if cls(g) == 'V' and cls(o) == 'V':
                verbs += 1
                forms += g == o.upper()
    print('hmm: tokens %d coarse %d (%.1f%%) verb forms %d/%d (%.1f%%)' %
          (tokens, correct, 100.0 * correct / tokens, forms, verbs, 100.0 * forms / verbs))
    return 0


if __name__ == '__main__':
    sys.exit(main())
