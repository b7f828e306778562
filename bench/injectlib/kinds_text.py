"""Injectors for word-level defects: doubled words, typos, masks, markup, English words, noise, punctuation."""
import re

from .data import is_han, HAN_NUMERALS
from .doc import Cand, body_lines

KINDS = {}


def kind(name, category, extra=False):
    def reg(fn):
        KINDS[name] = (category, fn, extra)
        return fn
    return reg


def words_in(ctx, line, min_len=2, max_len=4, min_freq=100):
    """(start, end, word) of common dictionary words on a line that no other common word straddles."""
    d = ctx.data
    out = []
    t = line.text
    for s, e in d.segment(t):
        w = t[s:e]
        if (min_len <= len(w) <= max_len and is_han(w[0]) and d.freq(w) >= min_freq
                and not straddled(d, t, s) and not straddled(d, t, e)):
            out.append((s, e, w))
    return out


def straddled(d, t, p, min_freq=50):
    """Whether a common word crosses position p (企业家|当作 is no boundary inside 家当)."""
    for k in (1, 2, 3):
        for j in (1, 2, 3):
            if p - k >= 0 and p + j <= len(t) and d.freq(t[p - k:p + j]) >= min_freq and all(map(is_han, t[p - k:p + j])):
                return True
    return False


def plain_word(d, w):
    """A content word safe to corrupt: no numerals, names, place names or doubled characters."""
    pos = d.pos(w)
    return (not any(c in HAN_NUMERALS for c in w) and len(set(w)) == len(w)
            and not pos.startswith(('nr', 'ns', 'nt', 'm', 'q', 'r', 'p', 'u', 'c')))


# ---------------------------------------------------------------- dup_phrase

@kind('dup_phrase/word', 'dup_phrase')
def dup_word(doc, ctx):
    """a common 2-4 character word typed twice (水平水平)"""
    d, out = ctx.data, []
    for line in body_lines(doc):
        t = line.text
        for s, e, w in words_in(ctx, line):
            if not plain_word(d, w) or t[e:e + len(w)] == w or t[max(0, s - len(w)):s] == w:
                continue
            if w + w in d.words or w + w in d.reduplication:
                continue
            out.append(Cand('dup_phrase/word', 'dup_phrase', line, e, e, w, f'“{w}” typed twice',
                            ctxl=len(w) + 2))
    return out


@kind('dup_phrase/char', 'dup_phrase')
def dup_char(doc, ctx):
    """one character of a word doubled (建建设)"""
    d, out = ctx.data, []
    for line in body_lines(doc):
        t = line.text
        for s, e, w in words_in(ctx, line):
            if not plain_word(d, w):
                continue
            for i in (0, len(w) - 1):
                c = w[i]
                pos = s + i + 1
                if t[pos:pos + 1] == c or (s + i > 0 and t[s + i - 1] == c):
                    continue
                if c + c in d.words or c + c in d.reduplication:
                    continue
                nw = w[:i + 1] + c + w[i + 1:]
                if nw in d.words or ambiguous_stutter(d, t, s, e, i):
                    continue
                out.append(Cand('dup_phrase/char', 'dup_phrase', line, pos, pos, c,
                                f'“{c}” of “{w}” doubled', ctxl=i + 3, ctxr=len(w) - i + 1))
    return out


def ambiguous_stutter(d, t, s, e, i):
    """Whether the doubled character could also read as part of a neighbouring word (享有|有机会: 有机)."""
    c = t[s + i]
    if i == len(t[s:e]) - 1:
        return any(d.freq(c + t[e:e + k]) >= 10 for k in (1, 2, 3) if e + k <= len(t))
    return any(d.freq(t[s - k:s] + c) >= 10 for k in (1, 2, 3) if s - k >= 0)


# ---------------------------------------------------------------- typo: places

SUFFIXES = ('自治县', '自治旗', '新区', '县', '区', '市', '旗')


def local_places(doc, ctx):
    """(line, start, short, full, suffix_in_text) of the report's own county- and prefecture-level names."""
    d, out = ctx.data, []
    prov = ctx.province
    if not prov:
        return out
    prov_short = ctx.province_short
    names = {}
    for r in d.divisions:
        if r[5] == prov and r[2] in ('county', 'prefecture') and len(r[3]) >= 2 and r[3] != prov_short:
            names.setdefault(r[3], set()).add(r[0])
    for line in body_lines(doc, 10):
        t = line.text
        bounds = boundaries(d, t)
        for short, fulls in names.items():
            i = t.find(short)
            while i >= 0:
                full = next((f for f in fulls if t.startswith(f, i)), None)
                fr, pos = d.freq(short), d.pos(short)
                plain_ok = fr == 0 or pos == 'ns'
                inside = i > 0 and is_han(t[i - 1]) and (t[i - 1:i + len(short)] in d.real_places
                                                         or t[max(0, i - 2):i + len(short)] in d.real_places)
                aligned = i in bounds and i + len(short) in bounds and t.rfind('《', 0, i) <= t.rfind('》', 0, i)
                if (full or plain_ok and aligned) and not inside:
                    suffix = full[len(short):] if full else ''
                    out.append((line, i, short, full, suffix))
                i = t.find(short, i + 1)
    return out


def place_variant_ok(ctx, new_short, suffix, doc_text):
    d = ctx.data
    return (new_short not in d.real_places and new_short + suffix not in d.real_places
            and new_short not in d.words and new_short not in doc_text)


def place_typo(doc, ctx, kind_name, pick):
    out = []
    doc_text = doc.text()
    for line, i, short, full, suffix in local_places(doc, ctx):
        for k, c in enumerate(short):
            for r in pick(c)[:4]:
                ns = short[:k] + r + short[k + 1:]
                if place_variant_ok(ctx, ns, suffix, doc_text):
                    out.append(Cand(kind_name, 'typo', line, i + k, i + k + 1, r,
                                    f'{full or short} → {ns}{suffix}', ctxl=k + 2, ctxr=len(short) - k - 1 + 2))
    return out


@kind('typo/place-lookalike', 'typo')
def place_lookalike(doc, ctx):
    """one character of a local county/prefecture name replaced by a look-alike; no real division results"""
    return place_typo(doc, ctx, 'typo/place-lookalike', ctx.data.lookalikes)


@kind('typo/place-homophone', 'typo')
def place_homophone(doc, ctx):
    """one character of a local county/prefecture name replaced by a same-sound character; no real division results"""
    d = ctx.data
    return place_typo(doc, ctx, 'typo/place-homophone',
                      lambda c: [h for h in d.homophones(c) if h not in d.lookalikes(c)])


@kind('typo/place-other-province', 'typo')
def place_other_province(doc, ctx):
    """a local place name replaced by a real place of another province one character away (河津→天津)"""
    d, out = ctx.data, []
    doc_text = doc.text()
    index = ctx.foreign_index()
    local_shorts = {r[3] for r in d.divisions if r[5] == ctx.province}
    for line, i, short, full, suffix in local_places(doc, ctx):
        for k in range(len(short)):
            for other, fulls, prov in index.get(short[:k] + '?' + short[k + 1:], ()):
                if prov == ctx.province or other == short or other in local_shorts or other in doc_text:
                    continue
                if d.freq(other) and d.pos(other) != 'ns':
                    continue
                if suffix and other + suffix not in fulls:
                    continue
                out.append(Cand('typo/place-other-province', 'typo', line, i, i + len(short), other,
                                f'{full or short} → {other}{suffix} ({prov})', confidence='likely',
                                ctxr=len(suffix) + 2))
    return out


# ---------------------------------------------------------------- typo: words and terms

def boundaries(d, text):
    b = set()
    for s, e in d.segment(text):
        b.add(s)
        b.add(e)
    return b


@kind('typo/misspelling', 'typo')
def misspelling(doc, ctx):
    """a correct word turned into its misspelling from rules/data/misspellings.tsv (显著→显着)"""
    d, out = ctx.data, []
    for line in body_lines(doc, 10):
        t = line.text
        bounds = None
        for r in d.misspellings:
            wrong, right = r[0], r[1]
            i = t.find(right)
            while i >= 0:
                if bounds is None:
                    bounds = boundaries(d, t)
                if len(right) >= 4 or (i in bounds and i + len(right) in bounds):
                    out.append(Cand('typo/misspelling', 'typo', line, i, i + len(right), wrong,
                                    f'{right} → {wrong} ({r[2] if len(r) > 2 else ""})'))
                i = t.find(right, i + 1)
    return out


def term_typo(doc, ctx, kind_name, pick):
    d, out = ctx.data, []
    for line in body_lines(doc, 10):
        t = line.text
        for term in ctx.terms_in(t):
            i = t.find(term)
            while i >= 0:
                for k, c in enumerate(term):
                    if not is_han(c) or c in HAN_NUMERALS:
                        continue
                    for r in pick(c)[:3]:
                        nt = term[:k] + r + term[k + 1:]
                        if nt in d.official_set or nt in d.words or nt in t:
                            continue
                        out.append(Cand(kind_name, 'typo', line, i + k, i + k + 1, r, f'{term} → {nt}',
                                        confidence='certain' if kind_name.endswith('lookalike') else 'likely',
                                        ctxl=min(k, 3) + 1, ctxr=min(len(term) - k - 1, 3) + 1))
                i = t.find(term, i + 1)
    return out


@kind('typo/term-lookalike', 'typo')
def term_lookalike(doc, ctx):
    """one character of an official formulation (official_terms.tsv) replaced by a look-alike"""
    return term_typo(doc, ctx, 'typo/term-lookalike', ctx.data.lookalikes)


@kind('typo/term-homophone', 'typo')
def term_homophone(doc, ctx):
    """one character of an official formulation replaced by a same-sound character"""
    d = ctx.data
    return term_typo(doc, ctx, 'typo/term-homophone', lambda c: [h for h in d.homophones(c) if h not in d.lookalikes(c)])


def word_typo(doc, ctx, kind_name, pick):
    d, out = ctx.data, []
    for line in body_lines(doc):
        for s, e, w in words_in(ctx, line, 2, 2, 1000):
            if not plain_word(d, w):
                continue
            for k, c in enumerate(w):
                for r in pick(c)[:3]:
                    nw = w[:k] + r + w[k + 1:]
                    if nw in d.words or nw in line.text:
                        continue
                    out.append(Cand(kind_name, 'typo', line, s + k, s + k + 1, r, f'{w} → {nw}', confidence='likely',
                                    ctxl=k + 2, ctxr=len(w) - k - 1 + 2))
    return out


@kind('typo/word-homophone', 'typo', extra=True)
def word_homophone(doc, ctx):
    """one character of a common word replaced by a same-sound character (no lexicon)"""
    return word_typo(doc, ctx, 'typo/word-homophone', ctx.data.homophones)


@kind('typo/word-lookalike', 'typo', extra=True)
def word_lookalike(doc, ctx):
    """one character of a common word replaced by a look-alike (no lexicon)"""
    return word_typo(doc, ctx, 'typo/word-lookalike', ctx.data.lookalikes)


# ---------------------------------------------------------------- typo: Latin letters

@kind('typo/stray-letter', 'typo')
def stray_letter(doc, ctx):
    """a lone lower-case Latin letter inserted inside a Chinese word"""
    d, out = ctx.data, []
    for line in body_lines(doc):
        for s, e, w in words_in(ctx, line, 2, 4, 100):
            if not plain_word(d, w):
                continue
            k = 1 + ctx.rng.randrange(len(w) - 1)
            letter = ctx.rng.choice('abcdefghijkmnpqrstuwxyz')
            out.append(Cand('typo/stray-letter', 'typo', line, s + k, s + k, letter, f'{w} → {w[:k]}{letter}{w[k:]}',
                            ctxl=k + 1, ctxr=len(w) - k + 1))
    return out


@kind('typo/stripped-5g', 'typo')
def stripped_5g(doc, ctx):
    """5G written as a bare 5 before a noun or +"""
    out = []
    for line in body_lines(doc, 10):
        for m in re.finditer(r'(?<![0-9A-Za-z.])5G(?=[\u4e00-\u9fff+＋])', line.text):
            out.append(Cand('typo/stripped-5g', 'typo', line, m.start(), m.end(), '5', '5G → 5',
                            confidence='likely', ctxr=3))
    return out


# ---------------------------------------------------------------- masked

@kind('masked/party', 'masked')
def masked_party(doc, ctx):
    """党 masked as X"""
    out = []
    for line in body_lines(doc, 10):
        for m in re.finditer('党', line.text):
            out.append(Cand('masked/party', 'masked', line, m.start(), m.end(), 'X', '党 → X'))
    return out


@kind('masked/politics', 'masked')
def masked_politics(doc, ctx):
    """政治 masked as ZZ"""
    out = []
    for line in body_lines(doc, 10):
        for m in re.finditer('政治', line.text):
            out.append(Cand('masked/politics', 'masked', line, m.start(), m.end(), 'ZZ', '政治 → ZZ'))
    return out


MASKED_TERMS = ('八项规定', '习近平', '总书记', '共产党', '党中央', '马克思主义')


@kind('masked/term', 'masked')
def masked_term(doc, ctx):
    """a political term masked letter by letter (八项规定→XXXX)"""
    out = []
    for line in body_lines(doc, 10):
        for term in MASKED_TERMS:
            for m in re.finditer(term, line.text):
                out.append(Cand('masked/term', 'masked', line, m.start(), m.end(), 'X' * len(term),
                                f'{term} → {"X" * len(term)}'))
    return out


# ---------------------------------------------------------------- markup

@kind('markup/bold-heading', 'markup')
def bold_heading(doc, ctx):
    """a lead sentence or heading line wrapped in Markdown ** **"""
    out = []
    for line in doc.lines:
        t = line.text
        m = re.match(r'[\u4e00-\u9fff][\u4e00-\u9fff、“”]{3,16}。', t)
        if m and re.match(r'[一二三四五六七八九十]+是|第[一二三四五六七八九十]+', t):
            continue    # hiding an enumeration marker would also break the numbering rules: keep kinds apart
        if m and len(t) > len(m.group()) + 20:
            out.append(Cand('markup/bold-heading', 'markup', line, 0, m.end(), f'**{m.group()}**',
                            'lead sentence in ** **', ctxl=0, ctxr=0))
        elif (re.match(r'(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)[\u4e00-\u9fff“”、]{4,30}$', t)):
            out.append(Cand('markup/bold-heading', 'markup', line, 0, len(t), f'**{t}**', 'heading line in ** **',
                            ctxl=0, ctxr=0, whole_line=True))
    return out


@kind('markup/pm25', 'markup')
def pm25(doc, ctx):
    """PM2.5 written as LaTeX-style PM_{2.5} / PM$_{2.5}$"""
    out = []
    for line in doc.lines:
        for m in re.finditer(r'PM2\.5', line.text):
            new = ctx.rng.choice(('PM_{2.5}', 'PM$_{2.5}$'))
            out.append(Cand('markup/pm25', 'markup', line, m.start(), m.end(), new, f'PM2.5 → {new}', ctxl=1, ctxr=1))
    return out


# ---------------------------------------------------------------- foreign_word

def nounish(d, w):
    p = d.pos(w)
    return len(w) >= 2 and (p.startswith('n') and p not in ('nr', 'nrt', 'nrfg') or p == 'vn')


@kind('foreign_word/and', 'foreign_word')
def english_and(doc, ctx):
    """和 between two nouns replaced by ' and '"""
    d, out = ctx.data, []
    for line in body_lines(doc):
        t = line.text
        segs = d.segment(t)
        for j in range(1, len(segs) - 1):
            s, e = segs[j]
            if t[s:e] != '和':
                continue
            prev, nxt = t[segs[j - 1][0]:segs[j - 1][1]], t[segs[j + 1][0]:segs[j + 1][1]]
            if nounish(d, prev) and nounish(d, nxt):
                out.append(Cand('foreign_word/and', 'foreign_word', line, s, e, ' and ', f'{prev}和{nxt} → and',
                                ctxl=len(prev), ctxr=len(nxt)))
    return out


# ---------------------------------------------------------------- noise

HANDLES = ('公文写作素材库', '笔杆子之家', '申论研习社', '政策资料站', '材料小助手', '公考学习圈', 'gwxz2026', 'wenmi_123')
NAMES_SUR = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
NAMES_GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞宇浩凯晨阳雪琳晶婷欣悦昊然子轩梓涵一诺'


def handle(rng):
    return rng.choice(HANDLES)


def person(rng):
    return rng.choice(NAMES_SUR) + ''.join(rng.choice(NAMES_GIVEN) for _ in range(rng.choice((1, 2))))


def watermark(rng):
    h = handle(rng)
    return rng.choice((f'更多资料+公众号:{h}', f'更多资料+【公众号:{h}】', f'关注微信公众号{h}获取更多资料',
                       '关注微信公众号获取更多', '下载高清版', f'本文来源于网络 {h}整理', f'扫码关注{h}',
                       f'更多精彩内容请关注公众号：{h}', '免费下载全文请点击', f'（本文由{h}整理，转载请注明出处）'))


def furniture(rng):
    n = rng.randrange(2, 16)
    return rng.choice((f'责任编辑 {person(rng)} / 美编 {person(rng)}', f'责任编辑：{person(rng)}  校对：{person(rng)}',
                       f'（上接第{n}版）', f'(上接{n:02d}版)', f'（下转第{n}版）', f'- {n} -', f'— {n} —',
                       f'2026年{rng.randrange(1, 3)}月{rng.randrange(1, 28)}日 星期{rng.choice("一二三四五六日")}  第{n}版'))


@kind('noise/watermark-inline', 'noise')
def watermark_inline(doc, ctx):
    """a sharing-site watermark inserted mid-sentence or at a paragraph end"""
    d, out, rng = ctx.data, [], ctx.rng
    for line in body_lines(doc):
        t = line.text
        segs = d.segment(t)
        spots = [e for s, e in segs[2:-2] if is_han(t[e - 1]) and e < len(t) and is_han(t[e])]
        if spots:
            p = rng.choice(spots)
            out.append(Cand('noise/watermark-inline', 'noise', line, p, p, watermark(rng), 'watermark mid-sentence',
                            ctxl=0, ctxr=0))
        out.append(Cand('noise/watermark-inline', 'noise', line, len(t), len(t), watermark(rng),
                        'watermark at paragraph end', ctxl=0, ctxr=0))
    return out


def between_paragraphs(doc):
    body = body_lines(doc)
    return [l for l in body if l is not doc.lines[-1]]


@kind('noise/watermark-line', 'noise')
def watermark_line(doc, ctx):
    """a sharing-site watermark on a line of its own"""
    return [Cand('noise/watermark-line', 'noise', None, 0, 0, watermark(ctx.rng), 'watermark line', ctxl=0, ctxr=0,
                 line_after=l) for l in between_paragraphs(doc)]


@kind('noise/newspaper-line', 'noise')
def newspaper_line(doc, ctx):
    """a newspaper furniture line (责任编辑…, （上接第X版）, - 12 -, dateline)"""
    return [Cand('noise/newspaper-line', 'noise', None, 0, 0, furniture(ctx.rng), 'newspaper page furniture',
                 ctxl=0, ctxr=0, line_after=l) for l in between_paragraphs(doc)]


# ---------------------------------------------------------------- punct

def doubled_mark(doc, mark, kind_name):
    out = []
    for line in body_lines(doc):
        t = line.text
        for m in re.finditer(mark, t):
            p = m.start()
            if p > 0 and is_han(t[p - 1]) and t[p + 1:p + 2] != mark:
                out.append(Cand(kind_name, 'punct', line, p + 1, p + 1, mark, f'{mark} doubled', ctxl=3, ctxr=2))
    return out


@kind('punct/double-period', 'punct')
def double_period(doc, ctx):
    """。 doubled"""
    return doubled_mark(doc, '。', 'punct/double-period')


@kind('punct/double-comma', 'punct')
def double_comma(doc, ctx):
    """， doubled"""
    return doubled_mark(doc, '，', 'punct/double-comma')


@kind('punct/unclosed-quote', 'punct')
def unclosed_quote(doc, ctx):
    """the closing ” of a short quotation deleted"""
    out = []
    for line in body_lines(doc):
        t = line.text
        if t.count('“') != t.count('”'):
            continue
        for m in re.finditer(r'“([^“”]{2,12})”', t):
            out.append(Cand('punct/unclosed-quote', 'punct', line, m.end() - 1, m.end(), '',
                            f'closing ” of “{m.group(1)}” deleted', ctxl=len(m.group(1)) + 1, ctxr=2))
    return out
