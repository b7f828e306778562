"""Project lexicons the injectors draw on (rules/data/*.tsv), loaded once, plus a forward-maximum-matching segmenter."""
import os

HAN_NUMERALS = '零一二三四五六七八九十两'
CN_DIGITS = {c: i for i, c in enumerate('零一二三四五六七八九')}


def is_han(c):
    return '\u4e00' <= c <= '\u9fff'


def cn_number(s):
    """Value of a Chinese numeral up to 99 (一 … 九十九, 两), or None."""
    if not s:
        return None
    if s == '两':
        return 2
    if s == '十':
        return 10
    if len(s) == 1:
        return CN_DIGITS.get(s)
    if len(s) == 2 and s[0] == '十':
        d = CN_DIGITS.get(s[1])
        return None if d is None else 10 + d
    if len(s) == 2 and s[1] == '十':
        d = CN_DIGITS.get(s[0])
        return None if d is None else 10 * d
    if len(s) == 3 and s[1] == '十':
        a, b = CN_DIGITS.get(s[0]), CN_DIGITS.get(s[2])
        return None if a is None or b is None else 10 * a + b
    return None


def cn_numeral(n):
    """Chinese numeral for 1..99."""
    digits = '零一二三四五六七八九'
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ('' if tens == 1 else digits[tens]) + '十' + (digits[ones] if ones else '')


def rows(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            yield line.split('\t')


class Data:
    """The lexicons, read from a rules/data directory."""

    def __init__(self, data_dir):
        self.dir = data_dir
        self.words = {}            # word -> (freq, pos)
        char_freq = {}
        for r in rows(os.path.join(data_dir, 'words.tsv')):
            if len(r) < 2:
                continue
            w = r[0]
            try:
                fr = int(r[1])
            except ValueError:
                continue
            self.words[w] = (fr, r[2] if len(r) > 2 else '')
            for c in w:
                if is_han(c):
                    char_freq[c] = char_freq.get(c, 0) + fr
        ranked = sorted(char_freq, key=lambda c: -char_freq[c])
        self.common_chars = set(ranked[:3500])
        self.max_word = 6
        self.pinyin = {}           # char -> set of toneless readings
        self.similar = {}          # char -> look-alike characters, most similar first
        for r in rows(os.path.join(data_dir, 'hanzi.tsv')):
            r += [''] * (6 - len(r))
            c = r[0]
            if r[1]:
                self.pinyin[c] = set(r[1].split(','))
            self.similar[c] = [s for s in r[5] if is_han(s) and s != c]
        self.by_pinyin = {}
        for c, ps in self.pinyin.items():
            if c in self.common_chars:
                for p in ps:
                    self.by_pinyin.setdefault(p, []).append(c)
        self.divisions = [r + [''] * (6 - len(r)) for r in rows(os.path.join(data_dir, 'divisions.tsv'))]
        self.real_places = set()
        for d in self.divisions:
            self.real_places.add(d[0])
            if d[3]:
                self.real_places.add(d[3])
        self.misspellings = [r for r in rows(os.path.join(data_dir, 'misspellings.tsv')) if len(r) >= 2]
        self.official_terms = [r[0] for r in rows(os.path.join(data_dir, 'official_terms.tsv'))]
        self.official_set = set(self.official_terms)
        self.reduplication = {r[0] for r in rows(os.path.join(data_dir, 'reduplication.tsv'))}
        self.formulae = {r[0] for r in rows(os.path.join(data_dir, 'numbered_formulae.tsv'))}

    def freq(self, w):
        return self.words.get(w, (0, ''))[0]

    def pos(self, w):
        return self.words.get(w, (0, ''))[1]

    def lookalikes(self, c, limit=6):
        """Common characters that look like c, most similar first."""
        return [s for s in self.similar.get(c, []) if s in self.common_chars][:limit]

    def homophones(self, c):
        """Common characters sharing a toneless reading with c (c excluded)."""
        out = []
        for p in sorted(self.pinyin.get(c, ())):
            for s in self.by_pinyin.get(p, ()):
                if s != c and s not in out:
                    out.append(s)
        return out

    def segment(self, text):
        """Forward maximum matching over runs of Chinese characters: [(start, end)], dictionary words where possible."""
        segs = []
        i, n = 0, len(text)
        while i < n:
            if not is_han(text[i]):
                j = i + 1
                while j < n and not is_han(text[j]):
                    j += 1
                segs.append((i, j))
                i = j
                continue
            end = i + 1
            for k in range(min(n, i + self.max_word), i + 1, -1):
                if all(is_han(c) for c in text[i:k]) and text[i:k] in self.words:
                    end = k
                    break
            segs.append((i, end))
            i = end
        return segs
