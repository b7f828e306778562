"""Runs the injectors over a clean corpus: balanced kinds, seeded choices, one defect per sentence."""
import json
import os
import random

from .doc import Doc, out_name, undo_mismatches
from . import kinds_numbers  # noqa: F401  (registers its kinds)
from .kinds_text import KINDS


class Context:
    """What an injector may consult: the lexicons, the seeded RNG, and the report's province."""

    def __init__(self, data, rng, doc, foreign_cache):
        self.data, self.rng = data, rng
        self.province, self.province_short = infer_province(data, doc.text())
        self._foreign = foreign_cache
        text = doc.text()
        self._terms = [t for t in data.official_terms if len(t) >= 4 and t in text]

    def terms_in(self, text):
        return [t for t in self._terms if t in text]

    def foreign_index(self):
        """short form with one character wildcarded ('?') → [(short, {full names}, province)] over all divisions."""
        if 'idx' not in self._foreign:
            by_short = {}
            for r in self.data.divisions:
                if r[2] in ('county', 'prefecture') and 2 <= len(r[3]) <= 3:
                    by_short.setdefault((r[3], r[5]), set()).add(r[0])
            idx = {}
            for (short, prov), fulls in by_short.items():
                for k in range(len(short)):
                    idx.setdefault(short[:k] + '?' + short[k + 1:], []).append((short, fulls, prov))
            self._foreign['idx'] = idx
        return self._foreign['idx']


def infer_province(data, text):
    """The province whose prefecture- and county-level names (full forms) the text writes most, with its short name."""
    score = {}
    for r in data.divisions:
        if r[2] in ('province', 'prefecture', 'county') and len(r[0]) >= 3:
            n = text.count(r[0])
            if n:
                score[r[5]] = score.get(r[5], 0) + n * (3 if r[2] == 'province' else 1)
    if not score:
        return None, None
    prov = max(sorted(score), key=lambda p: score[p])
    short = next((r[3] for r in data.divisions if r[0] == prov and r[2] == 'province'), prov)
    return prov, short


def kind_names(selected=None, extra=False):
    names = [k for k, (_, _, ex) in KINDS.items() if extra or not ex]
    if selected:
        import fnmatch
        names = [k for k in KINDS if any(fnmatch.fnmatch(k, p) for p in selected)]
    return names


def inject_corpus(data, clean_files, out_dir, seeds, per_file, kinds, log=print):
    """Writes s<seed>__<name>.txt copies with defects into out_dir/files and their key into out_dir/key.jsonl."""
    files_dir = os.path.join(out_dir, 'files')
    os.makedirs(files_dir, exist_ok=True)
    for f in os.listdir(files_dir):
        os.remove(os.path.join(files_dir, f))
    stats = {k: {'injected': 0, 'no_site': 0} for k in kinds}
    foreign = {}
    entries = []
    for seed in seeds:
        rng = random.Random(seed)
        for path in clean_files:
            with open(path, encoding='utf-8') as f:
                text = f.read()
            doc = Doc(os.path.basename(path), text)
            ctx = Context(data, random.Random(f'{seed}/{os.path.basename(path)}'), doc, foreign)
            order = sorted(kinds, key=lambda k: (stats[k]['injected'], rng.random()))
            done = 0
            for k in order:
                if done >= per_file:
                    break
                cands = KINDS[k][1](doc, ctx)
                ctx.rng.shuffle(cands)
                chosen = next((c for c in cands if doc.acceptable(c)), None)
                if chosen is None:
                    stats[k]['no_site'] += 1
                    continue
                doc.apply(chosen)
                stats[k]['injected'] += 1
                done += 1
            name = out_name(seed, path)
            with open(os.path.join(files_dir, name), 'w', encoding='utf-8') as f:
                f.write(doc.text())
            doc_entries = verified(doc.key_entries(name), doc.text().split('\n'), log)
            for problem in undo_mismatches(doc, doc_entries, text):
                log(f'{name}: fixes do not restore the clean text: {problem}')
            entries += doc_entries
    with open(os.path.join(out_dir, 'key.jsonl'), 'w', encoding='utf-8') as f:
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False) + '\n')
    return entries, stats


def verified(entries, lines, log):
    """Drops (and reports) key entries whose span is not found where it belongs or that overlap another entry."""
    out, taken = [], {}
    for e in entries:
        t = lines[e['line'] - 1]
        col = t.find(e['span'])
        rng = (col, col + len(e['span']))
        clash = any(a < rng[1] and rng[0] < b for a, b in taken.get(e['line'], []))
        if col < 0 or clash:
            log(f'dropped {e["file"]}:{e["line"]} {e["kind"]} {e["span"]!r}')
            continue
        taken.setdefault(e['line'], []).append(rng)
        out.append(e)
    return out
