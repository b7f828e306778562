#!/usr/bin/env python3
"""Defect-injection benchmark: put known defects into clean reports, lint the copies, score recall per kind.

For each clean report (*.txt in CLEAN_DIR) and each seed, PER_FILE defects of different kinds are injected at
random plausible places (never two in one sentence; a kind with no suitable place in a report is skipped
there). The copies go to OUT/files/s<seed>__<name>.txt, the answer key to OUT/key.jsonl (the format of
/work/shared/eval/*.jsonl plus a "kind" field). Then `reportlint check` lints the copies
(OUT/findings.json) and the shared scorer scores them; recall is printed per injected kind, with precision
and false alarms (error/warning findings touching no injected span) per 10k characters.

Standard library only. Kinds: --list-kinds. Nothing is written outside OUT (default under /tmp).
"""
import argparse
import collections
import glob
import importlib.util
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True    # keep the work tree clean of __pycache__

from injectlib.data import Data  # noqa: E402
from injectlib.engine import inject_corpus, kind_names  # noqa: E402
from injectlib.kinds_text import KINDS  # noqa: E402

EPILOG = """examples:
  bench/inject.sh /tmp/prov                          3 seeds x 10 defects a report, lint, score
  bench/inject.sh /tmp/prov --seed 7 --per-file 15 --show 5
  bench/inject.sh /tmp/prov --kinds 'typo/*' 'masked/*' --per-file 6
  bench/inject.sh /tmp/prov --no-lint                only write the copies and the key
  bench/inject.sh /tmp/prov --findings OUT/findings.json   re-score saved findings (same seeds and options)
  bench/inject.sh /tmp/prov --compare /tmp/before.json     recall per kind next to an earlier run's

columns of the per-kind table: found/n (certain+likely entries touched by an error/warning finding), recall,
same-cat (found by a finding of the key's category), info-only (missed, but an info finding touches it),
no-site (reports where the kind found no suitable place and was skipped). Outputs in OUT: files/, key.jsonl,
findings.json, clean-findings.json, summary.json (for --compare), misses.jsonl, inject.log.

Clean reports: /work/prov-corpus.sh extracts 31 provincial reports into /tmp/prov (never commit them).
Scoring is /work/shared/eval/score.py's: a key entry is found when an error/warning finding overlaps its
span (same line, columns within 2 code points); recall over certain+likely entries."""


def load_scorer(path):
    spec = importlib.util.spec_from_file_location('score', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def lint(linter, target, out_json):
    t = time.time()
    r = subprocess.run([linter, 'check', target, '--format', 'json', '-o', out_json, '--fail-on', 'never'],
                       cwd=ROOT, capture_output=True, text=True)
    if r.returncode not in (0, 1) or not os.path.exists(out_json):
        sys.exit(f'inject: {linter} failed ({r.returncode}): {r.stderr.strip()[:500]}')
    return time.time() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('clean_dir', nargs='?', help='directory of clean reports (*.txt)')
    ap.add_argument('--out', default='/tmp/reportlint-inject', help='work directory (default %(default)s)')
    ap.add_argument('--seed', type=int, nargs='+', default=[1, 2, 3], help='RNG seeds, one corpus copy each (default 1 2 3)')
    ap.add_argument('--per-file', type=int, default=10, help='defects injected into each report (default %(default)s)')
    ap.add_argument('--kinds', nargs='+', metavar='GLOB', help="only these kinds (fnmatch globs, e.g. 'typo/*')")
    ap.add_argument('--extra', action='store_true', help='also the kinds beyond the brief (random word typos)')
    ap.add_argument('--list-kinds', action='store_true', help='list the kinds and exit')
    ap.add_argument('--data', default=os.path.join(ROOT, 'rules', 'data'), help='lexicon directory (default rules/data)')
    ap.add_argument('--linter', default=os.path.join(ROOT, 'reportlint'), help='reportlint launcher (default ./reportlint)')
    ap.add_argument('--scorer', default='/work/shared/eval/score.py', help='scorer (default %(default)s)')
    ap.add_argument('--findings', help='score these saved findings instead of linting')
    ap.add_argument('--no-lint', action='store_true', help='inject only (write files and key)')
    ap.add_argument('--show', type=int, default=3, help='misses shown per kind, with the findings on their line')
    ap.add_argument('--show-fp', type=int, default=10, help='false alarms shown')
    ap.add_argument('--compare', metavar='SUMMARY', help="a previous run's OUT/summary.json: show its recall per kind")
    ap.add_argument('--no-clean-run', action='store_true',
                    help='do not lint the clean reports (used to tell pre-existing findings from new ones)')
    a = ap.parse_args()
    if a.list_kinds:
        for k, (cat, fn, extra) in KINDS.items():
            print(f'{k:40s} {cat:18s} {"(extra) " if extra else ""}{(fn.__doc__ or "").strip()}')
        return
    if not a.clean_dir:
        ap.error('CLEAN_DIR is required')
    clean = sorted(glob.glob(os.path.join(a.clean_dir, '*.txt')))
    if not clean:
        ap.error(f'no *.txt in {a.clean_dir}')
    kinds = kind_names(a.kinds, a.extra)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    data = Data(a.data)
    log_path = os.path.join(a.out, 'inject.log')
    problems = []
    with open(log_path, 'w', encoding='utf-8') as log:
        def note(s):
            problems.append(s)
            print(s, file=log)
        entries, stats = inject_corpus(data, clean, a.out, a.seed, a.per_file, kinds, log=note)
    print(f'injected {len(entries)} defects into {len(clean) * len(a.seed)} copies of {len(clean)} reports '
          f'in {time.time() - t0:.1f} s -> {a.out}/files, key {a.out}/key.jsonl')
    if problems:
        print(f'self-check: {len(problems)} problems (dropped entries, fixes that do not restore the clean text), '
              f'see {log_path}')
    if a.no_lint:
        return
    files_dir = os.path.join(a.out, 'files')
    findings = a.findings or os.path.join(a.out, 'findings.json')
    if not a.findings:
        print(f'linted in {lint(a.linter, files_dir, findings):.1f} s -> {findings}')
    clean_findings = None
    if not a.no_clean_run:
        clean_findings = os.path.join(a.out, 'clean-findings.json')
        lint(a.linter, a.clean_dir, clean_findings)
    from injectlib.report import report
    report(load_scorer(a.scorer), a, files_dir, os.path.join(a.out, 'key.jsonl'), findings, clean_findings, stats)


if __name__ == '__main__':
    main()
