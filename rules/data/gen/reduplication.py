#!/usr/bin/env python3
"""Regenerates rules/data/reduplication.tsv from rules/data/words.tsv (jieba dictionary, MIT).

Keeps the dictionary's reduplicated words, i.e. the legitimate doublings a repeat finder must leave alone:
  * whole-word reduplication patterns AA, AABB, ABAB, AAB, ABB (常常, 家家户户, 一点一点, 钉钉子, 一个个)
    with a corpus frequency of at least MIN_FREQ (rarer entries of these shapes are mostly names and noise);
  * idioms and set phrases (part of speech i or l) that contain a doubled character or pair anywhere
    (源源不断, 息息相关, 一一对应), whatever their frequency: jieba's idiom entries are curated;
  * the ABAB form of two-character verbs that reduplicate (研究研究, 讨论讨论, 商量商量). Grammars agree that
    verbs of deliberation, study and social exchange reduplicate to mean "do a little", while verbs of change,
    state and relation do not (刘月华等《实用现代汉语语法》2001, 动词重叠; 推进推进, 加强加强 are typos).
    The classes come from HIT-SCIR's 同义词词林扩展版 (Tongyici Cilin extended) as shipped in HanLP: a two-character
    jieba word qualifies when some sense of it is in Cilin class G (心理活动), Hg (教育、科研) or Hi (社交)
    and none is in class I (现象与状态) or J (关联).
Columns: text, part of speech (from jieba), shape.
Usage: rules/data/gen/reduplication.py   (needs mvn and unzip: fetches com.hankcs:hanlp:portable-1.8.4)
"""
import os
import re
import subprocess
import tempfile

MIN_FREQ = 10
HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = os.path.join(HERE, '..', 'words.tsv')
OUT = os.path.join(HERE, '..', 'reduplication.tsv')
HAN = re.compile(r'^[\u4e00-\u9fff]+$')


def shape(w):
    n = len(w)
    if n == 2 and w[0] == w[1]:
        return 'AA'
    if n == 4 and w[0] == w[1] and w[2] == w[3] and w[0] != w[2]:
        return 'AABB'
    if n == 4 and w[:2] == w[2:] and w[0] != w[1]:
        return 'ABAB'
    if n == 3 and w[0] == w[1] != w[2]:
        return 'AAB'
    if n == 3 and w[0] != w[1] == w[2]:
        return 'ABB'
    return None


def has_doubling(w):
    return any(w[i:i + u] == w[i + u:i + 2 * u] for u in (1, 2) for i in range(len(w) - 2 * u + 1))


HANLP = 'com.hankcs:hanlp:portable-1.8.4'
CILIN = 'data/dictionary/synonym/CoreSynonym.txt'


def cilin_classes():
    """Cilin class codes (first two characters, e.g. Gb, Hi, Ie) of every word."""
    subprocess.run(['mvn', '-q', '-B', 'dependency:get', '-Dartifact=' + HANLP], check=True)
    group, artifact, version = HANLP.split(':')
    jar = os.path.expanduser('~/.m2/repository/%s/%s/%s/%s-%s.jar' % (
        group.replace('.', '/'), artifact, version, artifact, version))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['unzip', '-q', '-o', jar, CILIN, '-d', tmp], check=True)
        classes = {}
        for line in open(os.path.join(tmp, CILIN), encoding='utf-8-sig'):
            code, _, words = line.rstrip('\n').partition(' ')
            for w in words.split():
                classes.setdefault(w, set()).add(code[:2])
        return classes


def reduplicating_verb(classes):
    return any(c[0] == 'G' or c in ('Hg', 'Hi') for c in classes) and not any(c[0] in 'IJ' for c in classes)


def main():
    rows = []
    cilin = cilin_classes()
    for line in open(WORDS, encoding='utf-8'):
        if line.startswith('#'):
            continue
        w, freq, pos = line.rstrip('\n').split('\t')
        if not HAN.match(w):
            continue
        s = shape(w)
        if s and int(freq) >= MIN_FREQ:
            rows.append((w, pos, s))
        elif pos in ('i', 'l') and len(w) >= 3 and has_doubling(w):
            rows.append((w, pos, 'idiom'))
        if len(w) == 2 and reduplicating_verb(cilin.get(w, ())):
            rows.append((w + w, pos, 'ABAB-verb'))
    rows.sort()
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# source: reduplicated words and idioms of the jieba dictionary (rules/data/words.tsv, '
                  'cppjieba dict/jieba.dict.utf8 via npm nodejieba@3.5.8); ABAB verbs by the verb classes of '
                  'HIT-SCIR Tongyici Cilin extended (data/dictionary/synonym/CoreSynonym.txt in Maven %s)\n' % HANLP)
        out.write('# licence: MIT (nodejieba, cppjieba: Copyright (c) 2013 Yanyi Wu); Apache-2.0 (HanLP, which '
                  'redistributes Cilin, HIT-SCIR)\n')
        out.write('# regenerate: rules/data/gen/reduplication.py (shapes AA/AABB/ABAB/AAB/ABB with frequency >= %d;'
                  ' idioms i/l containing a doubling, any frequency)\n' % MIN_FREQ)
        out.write('# scan: yes\n')
        out.write('# facts: no\n')
        out.write('# columns: text, part of speech (jieba), shape; %d entries\n' % len(rows))
        for w, pos, s in rows:
            out.write('%s\t%s\t%s\n' % (w, pos, s))
    print('wrote %s (%d entries)' % (OUT, len(rows)))


if __name__ == '__main__':
    main()
