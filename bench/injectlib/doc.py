"""A report being injected: lines whose edits keep every recorded defect and locked sentence in place."""
import os

ENDERS = '。！？；'


class Mark:
    __slots__ = ('start', 'end', 'cand')

    def __init__(self, start, end, cand=None):
        self.start, self.end, self.cand = start, end, cand    # cand None: a lock


class Line:
    __slots__ = ('text', 'marks', 'inserted')

    def __init__(self, text, inserted=False):
        self.text = text
        self.marks = []
        self.inserted = inserted


class Cand:
    """One defect to inject: replace line.text[a:b] with new (or insert a new line when line_after is set).

    ctxl/ctxr: characters of context the key's span takes either side of the changed text; lock: extra
    (line, start, end) regions (in current coordinates) no other defect may touch; whole_line: lock the line.
    """

    def __init__(self, kind, category, line, a, b, new, note, confidence='certain', ctxl=2, ctxr=2,
                 lock=(), whole_line=False, line_after=None, fix=None, follow=()):
        self.kind, self.category = kind, category
        self.line, self.a, self.b, self.new = line, a, b, new
        self.orig = '' if line is None else line.text[a:b]
        self.note, self.confidence = note, confidence
        self.ctxl, self.ctxr = ctxl, ctxr
        self.lock, self.whole_line = list(lock), whole_line
        self.line_after = line_after
        self.fix = fix
        self.follow = list(follow)    # (line, a, b, new): consistent follow-up edits after [a, b), not defects


def sentence_of(text, a, b):
    """[s, e) of the sentence(s) holding [a, b): bounded by 。！？； (kept with the sentence) or the line's ends."""
    s = a
    while s > 0 and text[s - 1] not in ENDERS:
        s -= 1
    e = max(a, b)
    while e < len(text) and text[e] not in ENDERS:
        e += 1
    if e < len(text):
        e += 1
    return s, e


class Doc:
    def __init__(self, name, text):
        self.name = name
        self.lines = [Line(t) for t in text.split('\n')]
        self.injected = []
        self.renumbered = set()     # ids of lines changed by follow-up edits (consistent renumbering)

    def text(self):
        return '\n'.join(l.text for l in self.lines)

    def free(self, line, a, b):
        return all(m.end <= a or m.start >= b for m in line.marks)

    def acceptable(self, c):
        if c.line_after is not None:
            return not c.line_after.inserted
        s, e = (0, len(c.line.text)) if c.whole_line else sentence_of(c.line.text, c.a, c.b)
        if not self.free(c.line, s, e):
            return False
        return all(self.free(l, x, y) for l, x, y in c.lock)

    def apply(self, c):
        if c.line_after is not None:
            nl = Line(c.new, inserted=True)
            self.lines.insert(self.lines.index(c.line_after) + 1, nl)
            c.line, c.a, c.b, c.orig = nl, 0, len(c.new), ''
            nl.marks += [Mark(0, len(c.new), c), Mark(0, len(c.new))]
            self.injected.append(c)
            return
        line = c.line
        s, e = (0, len(line.text)) if c.whole_line else sentence_of(line.text, c.a, c.b)
        for l, x, y, new in sorted(c.follow, key=lambda f: -f[1]):
            self._edit(l, x, y, new)
            self.renumbered.add(id(l))
            l.marks.append(Mark(x, x + len(new)))
        delta = len(c.new) - (c.b - c.a)
        self._edit(line, c.a, c.b, c.new)
        line.marks.append(Mark(c.a, c.a + len(c.new), c))
        line.marks.append(Mark(0, len(line.text)) if c.whole_line else Mark(s, e + delta))
        for l, x, y in c.lock:
            if l is line and x >= c.b:
                x, y = x + delta, y + delta
            l.marks.append(Mark(x, y))
        self.injected.append(c)

    @staticmethod
    def _edit(line, a, b, new):
        delta = len(new) - (b - a)
        line.text = line.text[:a] + new + line.text[b:]
        for m in line.marks:
            if m.start >= b:
                m.start += delta
                m.end += delta

    def key_entries(self, out_name):
        """The key lines (dicts) of the injected defects, spans made unique on their lines."""
        entries = []
        for no, line in enumerate(self.lines, 1):
            cores = sorted((m for m in line.marks if m.cand), key=lambda m: m.start)
            prev_hi = 0
            for j, m in enumerate(cores):
                c, t = m.cand, line.text
                next_start = cores[j + 1].start if j + 1 < len(cores) else len(t)
                lo = max(prev_hi, m.start - c.ctxl)
                hi = min(next_start, m.end + c.ctxr)
                while t.find(t[lo:hi]) != lo or hi == lo:
                    if lo > 0 and (hi == len(t) or (m.start - lo) <= (hi - m.end)):
                        lo -= 1
                    elif hi < len(t):
                        hi += 1
                    else:
                        break
                span = t[lo:hi]
                prev_hi = hi
                fix = c.fix if c.fix is not None else t[lo:m.start] + c.orig + t[m.end:hi]
                if c.line_after is not None:
                    fix = ''
                entries.append({'file': out_name, 'line': no, 'category': c.category, 'span': span, 'fix': fix,
                                'confidence': c.confidence, 'note': f'{c.kind}: {c.note}', 'kind': c.kind})
        return entries


def undo_mismatches(doc, entries, original):
    """Lines where applying the key's fixes to the injected text does not give back the clean text (should be none)."""
    lines = [l.text for l in doc.lines]
    keep = [True] * len(lines)
    for e in sorted(entries, key=lambda e: (e['line'], -lines[e['line'] - 1].find(e['span']))):
        i = e['line'] - 1
        if doc.lines[i].inserted:
            keep[i] = False
            continue
        col = lines[i].find(e['span'])
        lines[i] = lines[i][:col] + e['fix'] + lines[i][col + len(e['span']):]
    restored = [(t, l) for t, l, k in zip(lines, doc.lines, keep) if k]
    orig = original.split('\n')
    if len(restored) != len(orig):
        return [f'{len(restored)} lines restored, {len(orig)} in the clean file']
    return [f'line {n}: {t[:40]!r} != {o[:40]!r}' for n, ((t, l), o) in enumerate(zip(restored, orig), 1)
            if t != o and id(l) not in doc.renumbered]


def body_lines(doc, min_len=30):
    """Lines that read as report prose (long, mostly Chinese), not the sharing site's header or a title."""
    from .data import is_han
    out = []
    for l in doc.lines:
        t = l.text
        if len(t) >= min_len and sum(is_han(ch) for ch in t) >= 0.6 * len(t):
            out.append(l)
    return out


def out_name(seed, path):
    return f's{seed}__{os.path.basename(path)}'
