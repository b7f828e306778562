"""Injectors for number and structure defects: sums, stated counts, numbering, implausible numbers."""
import re
from decimal import Decimal

from .data import cn_number, cn_numeral
from .doc import Cand, body_lines
from .kinds_text import kind

UNITS = ('万亿元|亿元|万元|元|万人次|亿人次|人次|万人|人|万户|户|个|项|家|所|座|处|条|公里|千米|万亩|亩|万吨|吨|台|套|件|名'
         '|万千瓦|千瓦|平方公里|万平方米|平方米|辆|艘|架|列|场|批|种|类|支|部|篇|只|头|张')
QTY = re.compile(r'(?<![\d.])(\d+(?:\.\d+)?)(' + UNITS + ')')
TOTAL_CUE = re.compile(r'(共计|合计|总计|累计|共|总数)[^\d，。；]{0,6}$')


def sentences(text):
    """(start, end) of the sentences of a line, split after 。；！？."""
    out, s = [], 0
    for m in re.finditer(r'[。；！？]', text):
        out.append((s, m.end()))
        s = m.end()
    if s < len(text):
        out.append((s, len(text)))
    return out


def nudge(rng, num):
    """num with its last digit changed (a plausible slip), never equal and never negative."""
    i = len(num) - 1
    d = int(num[i])
    nd = (d + rng.randrange(1, 9)) % 10
    if nd == 0 and len(num) == 1:
        nd = (d + 1) % 10 or 1
    return num[:i] + str(nd) + num[i + 1:]


@kind('sum_mismatch/changed-part', 'sum_mismatch')
def sum_part(doc, ctx):
    """one part of a total whose parts add up exactly changed (其中 a、b)"""
    return sum_candidates(doc, ctx, part=True)


@kind('sum_mismatch/changed-total', 'sum_mismatch')
def sum_total(doc, ctx):
    """the total of parts that add up exactly changed"""
    return sum_candidates(doc, ctx, part=False)


COUNT_UNITS = set('个项家所座处条台套件名辆艘架列场批种类支部篇只头张户人')


def same_class(u, v):
    return u == v or (u in COUNT_UNITS and v in COUNT_UNITS)


def sum_relations(t, s, e):
    """(total, parts) of a sentence whose parts add up exactly: a total, 其中 and its parts; or parts, then 共/合计 total."""
    qs = [(m.start() + s, m.group(1), m.group(2)) for m in QTY.finditer(t[s:e])]
    out = []
    mid = t.find('其中', s, e)
    if mid >= 0:
        before = [q for q in qs if q[0] < mid]
        after = [q for q in qs if q[0] > mid]
        if before and after:
            total = before[-1]
            parts = []
            for q in after:
                if not same_class(q[2], total[2]):
                    break
                parts.append(q)
            out.append((total, parts))
    for i, q in enumerate(qs):
        if TOTAL_CUE.search(t[max(s, q[0] - 8):q[0]]) and mid < 0:
            parts = []
            for p in reversed(qs[:i]):
                if not same_class(p[2], q[2]):
                    break
                parts.insert(0, p)
            out.append((q, parts))
    return [(tot, ps) for tot, ps in out if len(ps) >= 2 and sum(Decimal(p[1]) for p in ps) == Decimal(tot[1])]


def sum_candidates(doc, ctx, part):
    out = []
    for line in body_lines(doc, 10):
        t = line.text
        for s, e in sentences(t):
            for total, parts in sum_relations(t, s, e):
                target = ctx.rng.choice(parts) if part else total
                new = nudge(ctx.rng, target[1])
                what = 'part' if part else 'total'
                out.append(Cand(f'sum_mismatch/changed-{what}', 'sum_mismatch', line, target[0],
                                target[0] + len(target[1]), new,
                                f'{what} {target[1]}{target[2]} → {new}{target[2]}; '
                                f'parts {"+".join(q[1] for q in parts)} = {total[1]}',
                                confidence='likely', ctxr=len(target[2]) + 1, lock=[(line, s, e)]))
    return out


COUNT_CLS = '个项大条类支批种张'
LIST_BEFORE = re.compile(r'((?:[^、，。；：！？“”（）]{1,14}、){1,9})([^、，。；：！？“”（）]{1,14}?)([两二三四五六七八九十])([' + COUNT_CLS + '])')
CHAIN_MARK = re.compile(r'(?:^|(?<=[。；，：！？]))([一二三四五六七八九十]{1,3})是')


@kind('count_mismatch/stated-count', 'count_mismatch')
def stated_count(doc, ctx):
    """a stated count (三大工程, 十个方面：一是…) made one off its list"""
    d, out = ctx.data, []
    for line in body_lines(doc, 10):
        t = line.text
        for m in LIST_BEFORE.finditer(t):
            n = cn_number(m.group(3))
            items = m.group(1).count('、') + 1
            last = m.group(2)
            if '等' in last[-1:] or any(f in t[m.start(3):m.start(3) + 6] for f in d.formulae):
                continue
            if '和' in last or '及' in last:
                items += 1
            if n != items or n < 2:
                continue
            out.append(count_cand(ctx, line, m.start(3), n, f'list of {items} items'))
        for m in re.finditer(r'([两二三四五六七八九十])(个|项|大|条)[^。；，]{0,8}[：:]', t):
            n = cn_number(m.group(1))
            chain = chain_after(t, m.end())
            if n and n >= 2 and chain == n:
                out.append(count_cand(ctx, line, m.start(1), n, f'一是…{cn_numeral(n)}是 chain follows',
                                      whole=True))
    return out


def count_cand(ctx, line, pos, n, why, whole=False):
    new_n = n + 1 if n < 3 or ctx.rng.random() < 0.6 else n - 1
    new = '两' if new_n == 2 else cn_numeral(new_n)
    return Cand('count_mismatch/stated-count', 'count_mismatch', line, pos, pos + 1, new,
                f'{cn_numeral(n)} → {new} ({why})', confidence='likely', ctxl=2, ctxr=3, whole_line=whole)


def chain_after(t, start):
    want = 1
    for m in CHAIN_MARK.finditer(t, start):
        if cn_number(m.group(1)) == want:
            want += 1
    return want - 1


RESPECTIVE = re.compile(r'分别([\u4e00-\u9fff]{0,4}?)((?:\d+(?:\.\d+)?[%％]?[\u4e00-\u9fff]{0,3}?[、和])+\d+(?:\.\d+)?[%％]?)')


@kind('count_mismatch/respective-drop', 'count_mismatch')
def respective_drop(doc, ctx):
    """one value of an A、B、C分别… list dropped"""
    out = []
    for line in body_lines(doc, 10):
        t = line.text
        for m in RESPECTIVE.finditer(t):
            cs = max(t.rfind(p, 0, m.start()) for p in '，。；：（') + 1
            names = t[cs:m.start()]
            if '和' in names or '及' in names or '“' in names:
                continue
            n_names = names.count('、') + 1
            vals = re.split(r'[、和]', m.group(2))
            if n_names != len(vals) or n_names < 3:    # two values stay after the drop: 分别 with one value may be meant
                continue
            seps = [x.group() for x in re.finditer(r'[、和]', m.group(2))]
            k = ctx.rng.randrange(1, len(vals))
            kept = vals[:k] + vals[k + 1:]
            new = kept[0] + ''.join(seps[j] + kept[j + 1] for j in range(len(kept) - 1))
            a = m.start(2)
            out.append(Cand('count_mismatch/respective-drop', 'count_mismatch', line, a, m.end(2), new,
                            f'{n_names} names, value “{vals[k]}” dropped', confidence='likely', ctxl=4, ctxr=0))
    return out


@kind('numbering/enum-chain', 'numbering')
def enum_chain(doc, ctx):
    """一是/二是/三是 chain: one item numbered one too high, the rest renumbered (a skip)"""
    out, chains, chain = [], [], []
    for line in body_lines(doc, 10):
        for m in CHAIN_MARK.finditer(line.text):
            v = cn_number(m.group(1))
            if chain and v == len(chain) + 1:
                chain.append((line, m))
                continue
            if len(chain) >= 2:
                chains.append(chain)
            chain = [(line, m)] if v == 1 else []
    if len(chain) >= 2:
        chains.append(chain)
    for chain in chains:
        k = ctx.rng.randrange(1, len(chain))
        line, c = chain[k]
        new = cn_numeral(k + 2)
        follow = [(l, f.start(1), f.end(1), cn_numeral(j + 2)) for j, (l, f) in enumerate(chain) if j > k]
        lock = [(l, 0, len(l.text)) for l in {id(l): l for l, _ in chain}.values() if l is not line]
        out.append(Cand('numbering/enum-chain', 'numbering', line, c.start(1), c.end(1), new,
                        f'{c.group(1)}是 → {new}是 in a chain of {len(chain)}, later items renumbered',
                        ctxl=2, ctxr=3, whole_line=True, follow=follow, lock=lock))
    return out


HEADING_FAMILIES = (re.compile(r'^（([一二三四五六七八九十]{1,3})）'), re.compile(r'^([一二三四五六七八九十]{1,3})、'),
                    re.compile(r'^(\d{1,2})[.．](?!\d)'))


@kind('numbering/heading-skip', 'numbering')
def heading_skip(doc, ctx):
    """heading chain （一）（二）（三）: one number skipped, later headings renumbered"""
    out = []
    for fam in HEADING_FAMILIES:
        chains, cur = [], []
        for line in doc.lines:
            m = fam.match(line.text)
            if not m:
                continue
            g = m.group(1)
            v = int(g) if g.isdigit() else cn_number(g)
            if cur and v == cur[-1][2] + 1:
                cur.append((line, m, v))
            else:
                if len(cur) >= 3:
                    chains.append(cur)
                cur = [(line, m, v)] if v == 1 else []
        if len(cur) >= 3:
            chains.append(cur)
        for chain in chains:
            k = ctx.rng.randrange(1, len(chain))
            line, m, v = chain[k]
            def num(x):
                return str(x) if m.group(1).isdigit() else cn_numeral(x)
            new = num(v + 1)
            lock = [(l, 0, mm.end() + 1) for l, mm, _ in chain if l is not line]
            follow = [(l, mm.start(1), mm.end(1), num(vv + 1)) for l, mm, vv in chain[k + 1:]]
            out.append(Cand('numbering/heading-skip', 'numbering', line, m.start(1), m.end(1), new,
                            f'heading {m.group(1)} → {new} in a chain of {len(chain)}, later headings renumbered',
                            ctxl=1, ctxr=3, lock=lock, follow=follow))
    return out


GROWTH = re.compile(r'(?:(?:地区)?生产总值|GDP|(?:(?<![\u4e00-\u9fff])|(?<=[省市区国]))经济)(?:总量)?(?:(?:达到|为|突破)?\d+(?:\.\d+)?万?亿元[、，])?(?:年均|预期)?'
                    r'(?:增长|增速)(?:为|达到)?(\d(?:\.\d)?)(%|％)')


@kind('implausible_number/growth-x10', 'implausible_number')
def growth_x10(doc, ctx):
    """a GDP growth rate multiplied by 10 (5.5% → 55%)"""
    out = []
    for line in body_lines(doc, 10):
        for m in GROWTH.finditer(line.text):
            num = m.group(1)
            new = num.replace('.', '') if '.' in num else num + '0'
            if new.startswith('0'):
                continue
            out.append(Cand('implausible_number/growth-x10', 'implausible_number', line, m.start(1), m.end(1), new,
                            f'GDP growth {num}% → {new}%', confidence='likely', ctxl=2, ctxr=3))
    return out


RAISE = re.compile(r'(由|从)(\d+(?:\.\d+)?)([%％]|[\u4e00-\u9fff]{1,3}?)(提高|提升|增加|增长|上升|扩大|降低|下降|减少|压减)(到|至)'
                   r'(\d+(?:\.\d+)?)([%％]|[\u4e00-\u9fff]{1,3})?')


@kind('implausible_number/reversed-change', 'implausible_number')
def reversed_change(doc, ctx):
    """由A提高到B with A and B swapped"""
    out = []
    for line in body_lines(doc, 10):
        for m in RAISE.finditer(line.text):
            a, b = Decimal(m.group(2)), Decimal(m.group(6))
            up = m.group(4) in ('提高', '提升', '增加', '增长', '上升', '扩大')
            if not m.group(7) or not m.group(7).startswith(m.group(3)[:1]) or a == b or (a < b) != up:
                continue
            new = m.group(1) + m.group(6) + m.group(3) + m.group(4) + m.group(5) + m.group(2)
            out.append(Cand('implausible_number/reversed-change', 'implausible_number', line, m.start(), m.start(6)
                            + len(m.group(6)), new, f'{m.group(4)} from {a} to {b} reversed', confidence='likely',
                            ctxl=1, ctxr=2))
    return out


@kind('implausible_number/bad-date', 'implausible_number')
def bad_date(doc, ctx):
    """an impossible date (2月30日, 4月31日, 13月)"""
    out = []
    for line in body_lines(doc, 10):
        for m in re.finditer(r'(?<!\d)(\d{1,2})月(\d{1,2})日', line.text):
            mo, day = int(m.group(1)), int(m.group(2))
            if not (1 <= mo <= 12 and 1 <= day <= 31):
                continue
            if mo == 2:
                new = f'2月{ctx.rng.choice((30, 31))}日'
            elif mo in (4, 6, 9, 11):
                new = f'{mo}月31日'
            else:
                new = ctx.rng.choice(('2月30日', f'{mo}月32日', f'13月{day}日'))
            out.append(Cand('implausible_number/bad-date', 'implausible_number', line, m.start(), m.end(), new,
                            f'{m.group()} → {new}'))
    return out


@kind('implausible_number/year-digit', 'implausible_number')
def year_digit(doc, ctx):
    """a year with a digit doubled (2025年 → 20255年)"""
    out = []
    for line in body_lines(doc, 10):
        for m in re.finditer(r'(?<![\d.])(20[0-3]\d)年', line.text):
            y = m.group(1)
            k = ctx.rng.randrange(2, 4)
            new = y[:k + 1] + y[k] + y[k + 1:]
            out.append(Cand('implausible_number/year-digit', 'implausible_number', line, m.start(1), m.end(1), new,
                            f'{y}年 → {new}年'))
    return out
