"""Scores the linted copies with the shared scorer's own matching and prints recall per injected kind."""
import collections
import json
import os
import subprocess
import sys


def report(score, a, files_dir, key_path, findings_path, clean_path, stats):
    r = subprocess.run([sys.executable, a.scorer, '--key', key_path, '--seeds', files_dir, '--findings', findings_path],
                       capture_output=True, text=True)
    print('\n== shared scorer (score.py) ==')
    print(r.stdout.rstrip())
    if r.stderr.strip():
        print(r.stderr.rstrip())
    key = score.load_key([key_path], files_dir)
    fnd = score.load_findings(findings_path)
    strong = [f for f in fnd if score.sev(f) in ('error', 'warning')]
    by_line = collections.defaultdict(list)
    for f in fnd:
        by_line[(os.path.basename(str(f['file'])), f['line'])].append(f)
    rows = collections.OrderedDict()
    misses = collections.defaultdict(list)
    for e in key:
        k = e['kind']
        row = rows.setdefault(k, {'category': e['category'], 'n': 0, 'found': 0, 'same_cat': 0, 'info_only': 0})
        if e.get('confidence') not in ('certain', 'likely'):
            continue
        row['n'] += 1
        hits = [f for f in strong if score.touches(f, e)]
        if hits:
            row['found'] += 1
            row['same_cat'] += any(f.get('category') == e['category'] for f in hits)
        else:
            if any(score.touches(f, e) for f in by_line[(e['file'], e['line'])]):
                row['info_only'] += 1
            misses[k].append(e)
    before = {}
    if a.compare:
        before = json.load(open(a.compare, encoding='utf-8')).get('recall', {})
    print('\n== recall per injected kind ==')
    print(f'{"kind":40s} {"found":>5s}/{"n":<4s} {"recall":>6s} {"same-cat":>8s} {"info-only":>9s} {"no-site":>7s}'
          + ('  before' if before else ''))
    tot = collections.Counter()
    for k in sorted(rows, key=lambda k: (rows[k]['category'], k)):
        w = rows[k]
        ns = stats.get(k, {}).get('no_site', 0)
        was = before.get(k)
        print(f'{k:40s} {w["found"]:5d}/{w["n"]:<4d} {w["found"] / max(1, w["n"]):6.2f} {w["same_cat"]:8d} '
              f'{w["info_only"]:9d} {ns:7d}' + (f'  {was[0] / max(1, was[1]):6.2f}' if was else ''))
        tot.update({'n': w['n'], 'found': w['found'], 'same_cat': w['same_cat']})
    print(f'{"ALL":40s} {tot["found"]:5d}/{tot["n"]:<4d} {tot["found"] / max(1, tot["n"]):6.2f} {tot["same_cat"]:8d}')
    fps = [f for f in strong if not any(score.touches(f, e) for e in key)]
    chars = sum(len(open(os.path.join(files_dir, n), encoding='utf-8').read()) for n in os.listdir(files_dir))
    pre = preexisting(fps, clean_path)
    print('\n== precision and false alarms ==')
    print(f'error+warning findings={len(strong)}  on injected spans={len(strong) - len(fps)}  '
          f'precision={(len(strong) - len(fps)) / max(1, len(strong)):.3f}')
    print(f'false alarms={len(fps)} ({10000 * len(fps) / max(1, chars):.2f} per 10k chars over {chars} chars); '
          + (f'of these also found in the clean reports: {sum(pre)} ({10000 * sum(pre) / max(1, chars):.2f}/10k), '
             f'new with the injections: {len(fps) - sum(pre)}' if clean_path else 'clean reports not linted'))
    by_rule = collections.Counter(f.get('rule') for f in fps)
    new_by_rule = collections.Counter(f.get('rule') for f, p in zip(fps, pre) if not p)
    for rule, n in by_rule.most_common():
        print(f'  {rule:40s} {n:4d}' + (f'  (new {new_by_rule[rule]})' if clean_path else ''))
    shown = 0
    for f, p in zip(fps, pre):
        if not p and shown < a.show_fp:
            shown += 1
            print(f'  FP {os.path.basename(f["file"])}:{f["line"]}:{f["column"]} [{f["rule"]}] {f.get("message", "")[:70]}')
    if a.show:
        print('\n== misses (findings on the same line in brackets) ==')
        for k in sorted(misses):
            for e in misses[k][:a.show]:
                near = '; '.join(f'{f["severity"][0]}:{f["rule"]}@{f["column"]}“{f.get("excerpt", "")[:12]}”'
                                 for f in by_line[(e['file'], e['line'])][:3])
                print(f'  {k:32s} {e["file"]}:{e["line"]} “{e["span"]}” (fix “{e["fix"]}”) [{near}]')
    summary = {'recall': {k: [w['found'], w['n']] for k, w in rows.items()},
               'overall': [tot['found'], tot['n']], 'findings': len(strong), 'false_alarms': len(fps),
               'false_alarms_preexisting': sum(pre), 'chars': chars}
    with open(os.path.join(a.out, 'summary.json'), 'w', encoding='utf-8') as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    with open(os.path.join(a.out, 'misses.jsonl'), 'w', encoding='utf-8') as f:
        for k in sorted(misses):
            for e in misses[k]:
                f.write(json.dumps(e, ensure_ascii=False) + '\n')


def preexisting(fps, clean_path):
    """For each false alarm: does the clean report (same rule, same excerpt) have it too? Counted per seed copy."""
    if not clean_path:
        return [False] * len(fps)
    data = json.load(open(clean_path, encoding='utf-8'))
    clean = collections.Counter()
    for f in data.get('findings', []):
        if str(f.get('severity')) in ('error', 'warning'):
            clean[(os.path.basename(f['file']), f.get('rule'), f.get('excerpt'))] += 1
    budget = collections.Counter()
    out = []
    for f in fps:
        base = os.path.basename(f['file'])
        seed, _, orig = base.partition('__')
        k = (orig, f.get('rule'), f.get('excerpt'))
        kk = (seed,) + k
        ok = budget[kk] < clean[k]
        budget[kk] += ok
        out.append(ok)
    return out
