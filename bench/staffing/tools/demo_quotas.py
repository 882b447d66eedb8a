#!/usr/bin/env python3
"""Regenerates src/main/resources/staffing/demo-quotas.csv from the organisation demo data.

Reads the organisation module's published views (api_unit, api_unit_version, api_lineage) of a running
demo instance through psql and writes one quota row per unit, year (2015-2026) and category, following
the rules documented in docs/staffing-demo.md. Deterministic: the same organisation data gives the same
file.  Usage: PGPORT=<embedded db port> python3 bench/staffing/tools/demo_quotas.py
"""
import csv
import datetime as dt
import os
import subprocess
import sys
import zlib
from decimal import Decimal, ROUND_HALF_UP

YEARS = list(range(2015, 2027))
FACTORS = {  # share of the 2015 level, per year 2015..2026
    'CIVIL_SERVANT':          [1.000, .985, .970, .955, .935, .915, .900, .890, .880, .870, .860, .850],
    'PUBLIC_EMPLOYEE_BUDGET': [1.000, .980, .960, .940, .920, .900, .880, .860, .840, .820, .800, .780],
    'PUBLIC_EMPLOYEE_SELF':   [1.000, 1.02, 1.05, 1.08, 1.10, 1.12, 1.15, 1.17, 1.20, 1.22, 1.25, 1.28],
    'COMMUNE_OFFICIAL':       [1.000, .990, .975, .960, .945, .925, .910, .905, .900, .895, .890, .880],
    'COMMUNE_PART_TIME':      [1.000, .900, .800, .720, .640, .580, .520, .500, .490, .480, .470, .460],
    'SUPPORT_CONTRACT':       [1.000, .990, .980, .970, .960, .950, .940, .930, .920, .910, .900, .890],
}
MERGER_SAVING = Decimal('0.90')  # a unit keeps 90 % of the posts of the units merged into it
DISTRICT_OFFICE = {'VP': 20, 'PNV': 8, 'PTCKH': 9, 'PTP': 5, 'PTNMT': 8, 'PLDTBXH': 7, 'PVHTT': 6,
                   'PGDDT': 8, 'PYT': 4, 'TTR': 7, 'PKT': 8, 'PQLDT': 8, 'PKTHT': 7, 'PNN': 7}
PROVINCES = {'01': 'UBND thành phố Hà Nội', '79': 'UBND Thành phố Hồ Chí Minh',
             '74': 'UBND tỉnh Bình Dương', '77': 'UBND tỉnh Bà Rịa - Vũng Tàu'}


def q(sql):
    out = subprocess.run(['psql', '-h', 'localhost', '-p', os.environ.get('PGPORT', '54385'), '-U', 'postgres',
                          '-d', 'noivu', '-At', '-F', '\t', '-c', sql], capture_output=True, text=True, check=True)
    return [line.split('\t') for line in out.stdout.splitlines() if line]


def d(s):
    return dt.date.fromisoformat(s) if s else None


def half_up(x):
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def h(code, n):
    return zlib.crc32(code.encode()) % n


units = {r[0]: dict(code=r[0], name=r[1], type=r[2], path=r[3], vf=d(r[4]), vt=d(r[5]))
         for r in q("SELECT code, name, type, path, valid_from, valid_to FROM organization.api_unit")}
versions = {}
for r in q("SELECT code, short_name, type, parent_code, province_code, coalesce(autonomy_group::text, ''),"
           " valid_from, valid_to FROM organization.api_unit_version ORDER BY code, valid_from"):
    versions.setdefault(r[0], []).append(dict(short=r[1], type=r[2], parent=r[3], province=r[4],
                                              group=int(r[5]) if r[5] else None, vf=d(r[6]), vt=d(r[7])))
edges = [dict(pred=r[0], succ=r[1], date=d(r[2]), kind=r[3])
         for r in q("SELECT predecessor_code, successor_code, effective_date, kind FROM organization.api_lineage")]


def version(code, day):
    for v in versions.get(code, []):
        if v['vf'] <= day and (v['vt'] is None or v['vt'] > day):
            return v
    return None


def alive(code, day):
    u = units[code]
    return u['vf'] <= day and (u['vt'] is None or u['vt'] > day)


def categories(code, day):
    v = version(code, day)
    t, short = v['type'], (v['short'] or '')
    if t == 'MINISTRY_UNIT':
        return {'CIVIL_SERVANT': 150 if short == 'VP' else 55 if short == 'TTR' else 30 + h(code, 30)}
    if t == 'MINISTRY_LEVEL_AGENCY':
        return {'CIVIL_SERVANT': 420, 'SUPPORT_CONTRACT': 40}
    if t == 'PROVINCIAL_DEPARTMENT':
        base = 80 if short == 'VP' else 45 if short == 'SNV' else 30 + h(code, 35)
        return {'CIVIL_SERVANT': base, 'SUPPORT_CONTRACT': 4 + h(code, 6)}
    if t == 'DEPARTMENT_UNIT':
        return {'CIVIL_SERVANT': 8 + h(code, 12)}
    if t == 'DISTRICT_OFFICE':
        out = {'CIVIL_SERVANT': DISTRICT_OFFICE.get(code.rsplit('.', 1)[1], 7)}
        if code.endswith('.VP'):
            out['SUPPORT_CONTRACT'] = 6
        return out
    if t == 'COMMUNE_PEOPLES_COMMITTEE':
        return {'COMMUNE_OFFICIAL': 21, 'COMMUNE_PART_TIME': 14}
    if t == 'PUBLIC_SERVICE_UNIT':
        base = 250 + h(code, 300) if '.BV' in code else 90 if '.THPT' in code else 12 if code.endswith('.TTVH') \
            else 40 if code.endswith('.TTDVVL') else 25 + h(code, 40)
        cat = 'PUBLIC_EMPLOYEE_SELF' if (v['group'] or 3) <= 2 else 'PUBLIC_EMPLOYEE_BUDGET'
        out = {cat: base}
        if '.BV' in code:
            out['SUPPORT_CONTRACT'] = 40
        return out
    return {}  # ministries, People's Committees and commune offices hold no posts of their own here


def owner_province(code):
    v = versions.get(code, [{}])[-1]
    return v.get('province')


# Posts at the 2015 level ("base") per unit and category, following restructurings in date order:
# a successor takes 90 % of the bases merged into it (plus its own when it absorbs them); a split
# divides the predecessor by 60/40 (two successors) or equally.
base = {}
first_year = {}
history = {}  # code -> [(from date, bases)]: a unit's level changes when it absorbs others
born_by_restructuring = {e['succ'] for e in edges if units[e['succ']]['vf'] == e['date']}
for code, u in units.items():
    start = max(u['vf'], dt.date(2015, 1, 1))
    if u['vf'] <= dt.date(2015, 12, 31):
        base[code] = dict(categories(code, start))
        first_year[code] = 2015
    elif code not in born_by_restructuring:  # established on its own (ESTABLISH)
        v = version(code, u['vf'])
        if v and v['type'] == 'COMMUNE_PEOPLES_COMMITTEE':
            base[code] = {'COMMUNE_OFFICIAL': 45, 'COMMUNE_PART_TIME': 10}
        else:
            base[code] = dict(categories(code, u['vf']))
        first_year[code] = u['vf'].year
initial = {c: dict(b) for c, b in base.items()}
by_date = {}
for e in edges:
    by_date.setdefault((e['date'], e['succ']), []).append(e)
for (day, succ), es in sorted(by_date.items()):
    preds = [e['pred'] for e in es]
    total = {}
    for p in preds:
        pb = base.get(p, {})
        split_into = sorted({x['succ'] for x in edges if x['pred'] == p and x['date'] == day})
        share = Decimal(1) if len(split_into) == 1 else (
            Decimal('0.6') if split_into.index(succ) == 0 else Decimal('0.4')) if len(split_into) == 2 \
            else Decimal(1) / len(split_into)
        for c, v in pb.items():
            total[c] = total.get(c, Decimal(0)) + Decimal(v) * share
    kind = es[0]['kind']
    own = base.get(succ, {}) if units[succ]['vf'] < day else {}
    merged = {}
    for c in set(total) | set(own):
        merged[c] = Decimal(own.get(c, 0)) + total.get(c, Decimal(0)) * (MERGER_SAVING if kind == 'MERGE' else 1)
    cats_now = categories(succ, day)
    if not merged:
        merged = {c: Decimal(v) for c, v in cats_now.items()}
    base[succ] = {c: float(v) for c, v in merged.items() if v > 0}
    history.setdefault(succ, []).append((day, dict(base[succ])))
    first_year[succ] = first_year.get(succ, day.year)
# The two-level local government (1/7/2025): district offices end without successor; their staff
# move to the new communes, which receive 80 % of the province's district-office civil-servant posts
# (at the 2015 level) in equal shares, as commune cadres and civil servants.
REFORM = dt.date(2025, 7, 1)
for pp in sorted({c.split('.')[1] for c in units if c.startswith('UBND.') and len(c.split('.')) > 1}):
    offices = [c for c, u in units.items() if u['vt'] == REFORM and c.startswith(f'UBND.{pp}.H')
               and (version(c, REFORM - dt.timedelta(days=1)) or {}).get('type') == 'DISTRICT_OFFICE']
    pool = sum(base.get(c, {}).get('CIVIL_SERVANT', 0) for c in offices)
    hosts = [c for c, u in units.items() if u['vf'] == REFORM and (version(c, REFORM) or {}).get('type')
             == 'COMMUNE_PEOPLES_COMMITTEE' and owner_province(c) == pp]
    for c in hosts:
        b = base.setdefault(c, {'COMMUNE_OFFICIAL': 45, 'COMMUNE_PART_TIME': 10})
        b['COMMUNE_OFFICIAL'] = b.get('COMMUNE_OFFICIAL', 0) + pool * 0.8 / len(hosts)
        history[c] = [(REFORM, dict(b))]
        first_year[c] = 2025
for code, u in units.items():  # established later without predecessors
    if code not in base:
        v = version(code, max(u['vf'], dt.date(2015, 1, 1)))
        if v and v['type'] == 'COMMUNE_PEOPLES_COMMITTEE':
            base[code] = {'COMMUNE_OFFICIAL': 45, 'COMMUNE_PART_TIME': 10}
        else:
            base[code] = categories(code, u['vf'])
        first_year[code] = u['vf'].year


def owner(code, day):
    """The People's Committee or ministry a unit answered to on a day (issuer of its decisions)."""
    seen = set()
    c = code
    while c and c not in seen:
        seen.add(c)
        v = version(c, day) or (versions.get(c) or [None])[-1]
        if v is None:
            return c, None
        if v['type'] in ('MINISTRY', 'MINISTRY_LEVEL_AGENCY', 'PROVINCIAL_PEOPLES_COMMITTEE'):
            return c, v
        c = v['parent']
    return code, None


rows = []
for code in sorted(units):
    for y in YEARS:
        end = dt.date(y, 12, 31)
        if not alive(code, end):
            continue
        v = version(code, end)
        cats = dict(base.get(code, {}))
        for since, snapshot in history.get(code, []):
            if since > end:
                break
            cats = dict(snapshot)
        if code in history and history[code][0][0] > end:
            cats = dict(initial.get(code, {}))
        if v and v['type'] == 'PUBLIC_SERVICE_UNIT':  # autonomy group decides budget-paid or self-paid
            posts = sum(val for c, val in cats.items() if c.startswith('PUBLIC_EMPLOYEE'))
            cats = {c: val for c, val in cats.items() if not c.startswith('PUBLIC_EMPLOYEE')}
            cats['PUBLIC_EMPLOYEE_SELF' if (v['group'] or 3) <= 2 else 'PUBLIC_EMPLOYEE_BUDGET'] = posts
        if v and v['type'] == 'COMMUNE_PEOPLES_COMMITTEE' and units[code]['vf'] >= dt.date(2025, 7, 1):
            pass  # the new communes of the two-level government keep their own level
        top, tv = owner(code, end)
        if tv and tv['type'] == 'PROVINCIAL_PEOPLES_COMMITTEE':
            pp = tv['province'] or top[-2:]
            issuer = PROVINCES.get(pp, 'UBND tỉnh ' + pp)
            number = f'DEMO-{y}/QĐ-UBND.{pp}'
        else:
            issuer = 'Bộ Nội vụ'
            number = f'DEMO-{y}/QĐ-BNV.{top}'
        for c in sorted(cats):
            f = FACTORS[c][y - 2015]
            if c == 'COMMUNE_OFFICIAL' and units[code]['vf'] >= dt.date(2025, 7, 1):
                f = 1.0 if y == 2025 else .96
            if c == 'COMMUNE_PART_TIME' and units[code]['vf'] >= dt.date(2025, 7, 1):
                f = 1.0 if y == 2025 else .90
            assigned = half_up(Decimal(str(cats[c])) * Decimal(str(f)))
            if assigned <= 0:
                continue
            actual = '' if y == 2026 else assigned - half_up(Decimal(assigned) * Decimal(2 + h(code + str(y), 6)) / 100)
            # From 01/07/2025 commune officials are civil servants (Law 80/2025/QH15): the category ends.
            category = 'CIVIL_SERVANT' if c == 'COMMUNE_OFFICIAL' and y >= 2025 else c
            rows.append([code, y, category, assigned, actual,
                         f'Quyết định {number} giao biên chế năm {y}', f'{y - 1}-12-15', issuer])

out = sys.argv[1] if len(sys.argv) > 1 else 'src/main/resources/staffing/demo-quotas.csv'
with open(out, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['org_code', 'year', 'category', 'assigned', 'actual', 'legal_basis', 'decision_date', 'decision_issuer'])
    w.writerows(rows)
print(f'{len(rows)} rows → {out}')
