#!/usr/bin/env python3
"""Generates stdlib/unicode/tables.go, the unicode package's tables, from Debian's unicode-data
package (Unicode 15.0.0, the version of Go 1.21 and later).

The tables are the ones Go's unicode package exports, built the way gc's are so that the
RangeTables a program can inspect hold the same entries:
- a set of code points becomes Range16/Range32 entries greedily from the lowest member: the
  next member fixes the stride, and the range grows while the members continue exactly at that
  stride (R16, below U+10000, and R32 are built separately);
  LatinOffset counts the entries whose Hi is at most U+00FF;
- categories (two-letter ones from UnicodeData.txt and the one-letter unions; Cn is absent),
  scripts (Scripts.txt) and properties (PropList.txt, with STerm as an alias of
  Sentence_Terminal);
- CaseRanges: runs of adjacent code points with equal deltas to upper, lower and title case,
  or alternating upper/lower pairs (UpperLower);
- caseOrbit: the simple case folding orbits (CaseFolding.txt statuses C and S) that are not
  plain upper/lower pairs, as a linked list; asciiFold; properties for Latin-1;
- FoldCategory/FoldScript: code points outside a category/script that are fold-equivalent to
  code points inside it.

Usage: tools/gen_unicode_tables.py [UCD directory] > stdlib/unicode/tables.go
"""
import re
import sys

MAX_CHAR = 0x10FFFF
ONE_LETTER = ["C", "L", "M", "N", "P", "S", "Z"]


class Chars:
    """Per code point data from UnicodeData.txt (absent code points have category "")."""

    def __init__(self, path):
        self.category = [""] * (MAX_CHAR + 1)
        self.upper = [0] * (MAX_CHAR + 1)
        self.lower = [0] * (MAX_CHAR + 1)
        self.title = [0] * (MAX_CHAR + 1)
        self.present = [False] * (MAX_CHAR + 1)
        self.fold = [0] * (MAX_CHAR + 1)
        self.orbit = [0] * (MAX_CHAR + 1)
        self.version = None
        first = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split(";")
                cp, name, cat = int(fields[0], 16), fields[1], fields[2]
                if name.endswith(", First>"):
                    first = cp
                    continue
                start = first if name.endswith(", Last>") else cp
                first = None
                up, lo, ti = (int(x, 16) if x else 0 for x in fields[12:15])
                # A letter's own case maps to itself (gc's generator records it that way).
                if cat == "Lu":
                    up = cp
                elif cat == "Ll":
                    lo = cp
                elif cat == "Lt":
                    ti = cp
                for r in range(start, cp + 1):
                    self.category[r] = cat
                    self.present[r] = True
                    if start == cp:
                        self.upper[r], self.lower[r], self.title[r] = up, lo, ti

    def in_category(self, name):
        if len(name) == 1:
            return [r for r in range(MAX_CHAR + 1) if self.category[r][:1] == name]
        return [r for r in range(MAX_CHAR + 1) if self.category[r] == name]


def ranges(members):
    """Splits a sorted list of code points into (lo, hi, stride) runs as gc's tables do; no
    run crosses U+10000, so that R16 and R32 are built independently."""
    bmp = [r for r in members if r < 0x10000]
    return bmp_ranges(bmp) + bmp_ranges(members[len(bmp):])


def bmp_ranges(members):
    s = set(members)
    out = []
    i = 0
    n = len(members)
    while i < n:
        lo = members[i]
        if i + 1 == n:
            out.append((lo, lo, 1))
            break
        stride = members[i + 1] - lo
        hi = members[i + 1]
        j = i + 2
        # Grow while the next member is exactly one stride further and nothing lies between.
        while j < n and members[j] - hi == stride:
            hi = members[j]
            j += 1
        out.append((lo, hi, stride))
        i = j
    # Sanity: the runs cover exactly the members.
    assert sum((hi - lo) // st + 1 for lo, hi, st in out) == len(s)
    return out


def split16(runs):
    return [r for r in runs if r[1] < 0x10000], [r for r in runs if r[0] >= 0x10000]


def align(rows):
    """Formats rows of cells as gofmt does: each column is padded to the widest cell among the
    consecutive rows that have a cell after it (a row's last cell is never padded)."""
    out = [[] for _ in rows]
    ncols = max(len(r) for r in rows)
    for col in range(ncols):
        i = 0
        while i < len(rows):
            if len(rows[i]) <= col + 1:
                if len(rows[i]) > col:
                    out[i].append(rows[i][col])
                i += 1
                continue
            j = i
            while j < len(rows) and len(rows[j]) > col + 1:
                j += 1
            width = max(len(rows[k][col]) for k in range(i, j))
            for k in range(i, j):
                out[k].append(rows[k][col].ljust(width) + " ")
            i = j
    return ["\t" + "".join(cells) for cells in out]


def latin_offset(runs):
    return sum(1 for lo, hi, st in runs if hi <= 0xFF)


def table(name, members, out):
    runs = ranges(sorted(members))
    r16, r32 = split16(runs)
    out.append("var %s = &RangeTable{" % name)
    if r16:
        out.append("\tR16: []Range16{")
        for lo, hi, st in r16:
            out.append("\t\t{0x%04x, 0x%04x, %d}," % (lo, hi, st))
        out.append("\t},")
    if r32:
        out.append("\tR32: []Range32{")
        for lo, hi, st in r32:
            out.append("\t\t{0x%x, 0x%x, %d}," % (lo, hi, st))
        out.append("\t},")
    lat = latin_offset(runs)
    if lat:
        out.append("\tLatinOffset: %d," % lat)
    out.append("}")
    out.append("")


def parse_property_file(path):
    """Returns {name: [code points]} from a Scripts.txt/PropList.txt style file."""
    props = {}
    version = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if version is None:
                m = re.search(r"-(\d+\.\d+\.\d+)\.txt", line)
                if m:
                    version = m.group(1)
            line = line.split("#")[0].strip()
            if not line:
                continue
            cps, name = [x.strip() for x in line.split(";")]
            if ".." in cps:
                a, b = cps.split("..")
                lo, hi = int(a, 16), int(b, 16)
            else:
                lo = hi = int(cps, 16)
            props.setdefault(name, []).extend(range(lo, hi + 1))
    return props, version


def parse_folding(path, chars):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            if fields[1] not in ("C", "S"):
                continue
            chars.fold[int(fields[0], 16)] = int(fields[2], 16)


def build_orbits(chars):
    """Links each code point whose fold orbit is not a plain upper/lower pair to the next
    member of its orbit (in increasing order, the largest linking back to the smallest)."""
    orbit = {}
    for r in range(MAX_CHAR + 1):
        f = chars.fold[r]
        if f == 0:
            continue
        if f not in orbit:
            orbit[f] = [f]
        orbit[f].append(r)
    for r in range(MAX_CHAR + 1):
        f = chars.fold[r] or r
        if f not in orbit and (chars.upper[r] not in (0, r) or chars.lower[r] not in (0, r)):
            orbit[r] = [r]
    for k, orb in list(orbit.items()):
        if len(orb) == 2:
            a, b = orb
            if (chars.upper[a] == b and chars.lower[b] == a) or (chars.upper[b] == a and chars.lower[a] == b):
                del orbit[k]
    for orb in orbit.values():
        orb.sort()
        c = orb[-1]
        for d in orb:
            chars.orbit[c] = d
            c = d


def fold_exceptions(chars, members):
    m = set()
    for r in members:
        if chars.orbit[r] == 0:
            if chars.upper[r]:
                m.add(chars.upper[r])
            if chars.lower[r]:
                m.add(chars.lower[r])
            m.add(r)
            continue
        r0 = r
        while True:
            m.add(r)
            r = chars.orbit[r]
            if r == r0:
                break
    return m - set(members)


# Case states of the CaseRanges builder.
MISSING, NONE, UPPER, LOWER, TITLE = range(5)


def case_state(chars, r):
    if r == 0 or not chars.present[r]:
        return (r, MISSING, 0, 0, 0)
    up, lo, ti = chars.upper[r], chars.lower[r], chars.title[r]
    if r == up:
        c = UPPER
    elif r == lo:
        c = LOWER
    elif r == ti:
        c = TITLE
    else:
        c = NONE
    # Some code points (Roman numerals, circled letters) have a case mapping but another category.
    if c == NONE and lo != 0 and lo != r:
        c = UPPER
    if c == NONE and up != 0 and up != r:
        c = LOWER
    return (r, c, up - r if up else 0, lo - r if lo else 0, ti - r if ti else 0)


def upper_lower_adjacent(c, d):
    if c[1] == UPPER and d[1] != LOWER:
        return False
    if c[1] == LOWER and d[1] != UPPER:
        return False
    if c[1] == LOWER:
        c, d = d, c
    return c[2:] == (0, 1, 0) and d[2:] == (-1, 0, -1)


def adjacent(c, d):
    if d[0] < c[0]:
        c, d = d, c
    if d[0] != c[0] + 1:
        return False
    if d[1] != c[1]:
        return upper_lower_adjacent(c, d)
    if c[1] in (NONE, MISSING):
        return False
    return c[2:] == d[2:]


def case_ranges(chars):
    out = []

    def emit(lo, hi):
        if lo is None or lo[2:] == (0, 0, 0):
            return
        if hi[0] > lo[0] and lo[2:] == (0, 1, 0):
            out.append("\t{0x%04X, 0x%04X, d{UpperLower, UpperLower, UpperLower}}," % (lo[0], hi[0]))
        elif hi[0] > lo[0] and lo[2:] == (-1, 0, -1):
            raise SystemExit("LowerUpper sequence at %x" % lo[0])
        else:
            out.append("\t{0x%04X, 0x%04X, d{%d, %d, %d}}," % ((lo[0], hi[0]) + lo[2:]))

    start = None
    prev = (0, NONE, 0, 0, 0)
    first = True
    for r in range(MAX_CHAR + 1):
        st = case_state(chars, r)
        if not first and adjacent(st, prev):
            prev = st
            continue
        first = False
        emit(start, prev)
        start = st if st[1] not in (MISSING, NONE) else None
        prev = st
    emit(start, prev)
    return out


def latin_properties(chars):
    out = []
    for r in range(0x100):
        cat = chars.category[r]
        if cat in ("Cc", ""):
            p = "pC"
        elif cat == "Cf":
            p = "0"
        elif cat == "Ll":
            p = "pLl | pp"
        elif cat == "Lo":
            p = "pLo | pp"
        elif cat == "Lu":
            p = "pLu | pp"
        elif cat in ("Nd", "No"):
            p = "pN | pp"
        elif cat[0] == "P":
            p = "pP | pp"
        elif cat[0] == "S":
            p = "pS | pp"
        elif cat == "Zs":
            p = "pZ"
        else:
            raise SystemExit("U+%04X has unknown category %r" % (r, cat))
        if r == 0x20:
            p = "pZ | pp"
        out.append("\t0x%02X: %s," % (r, p))
    return out


CATEGORY_DOCS = {
    "Cc": "Other, control", "Cf": "Other, format", "Co": "Other, private use",
    "Cs": "Other, surrogate", "Ll": "Letter, lowercase", "Lm": "Letter, modifier",
    "Lo": "Letter, other", "Lt": "Letter, titlecase", "Lu": "Letter, uppercase",
    "Mc": "Mark, spacing combining", "Me": "Mark, enclosing", "Mn": "Mark, nonspacing",
    "Nd": "Number, decimal digit", "Nl": "Number, letter", "No": "Number, other",
    "Pc": "Punctuation, connector", "Pd": "Punctuation, dash", "Pe": "Punctuation, close",
    "Pf": "Punctuation, final quote", "Pi": "Punctuation, initial quote",
    "Po": "Punctuation, other", "Ps": "Punctuation, open", "Sc": "Symbol, currency",
    "Sk": "Symbol, modifier", "Sm": "Symbol, math", "So": "Symbol, other",
    "Zl": "Separator, line", "Zp": "Separator, paragraph", "Zs": "Separator, space",
}

# The friendlier names gc's package gives some categories.
CATEGORY_ALIASES = [
    ("Digit", "Nd", "Digit is the set of Unicode characters with the \"decimal digit\" property."),
    ("Letter", "L", "Letter/L is the set of Unicode letters, category L."),
    ("Lower", "Ll", "Lower is the set of Unicode lower case letters."),
    ("Mark", "M", "Mark/M is the set of Unicode mark characters, category M."),
    ("Number", "N", "Number/N is the set of Unicode number characters, category N."),
    ("Other", "C", "Other/C is the set of Unicode control and special characters, category C."),
    ("Punct", "P", "Punct/P is the set of Unicode punctuation characters, category P."),
    ("Space", "Z", "Space/Z is the set of Unicode space characters, category Z."),
    ("Symbol", "S", "Symbol/S is the set of Unicode symbol characters, category S."),
    ("Title", "Lt", "Title is the set of Unicode title case letters."),
    ("Upper", "Lu", "Upper is the set of Unicode upper case letters."),
]


def main():
    ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    chars = Chars(ucd + "/UnicodeData.txt")
    scripts, sversion = parse_property_file(ucd + "/Scripts.txt")
    props, pversion = parse_property_file(ucd + "/PropList.txt")
    if sversion != pversion:
        raise SystemExit("version mismatch: Scripts %s, PropList %s" % (sversion, pversion))
    parse_folding(ucd + "/CaseFolding.txt", chars)
    build_orbits(chars)

    cats = sorted(set(c for c in chars.category if c) | set(ONE_LETTER))
    members = {c: chars.in_category(c) for c in cats}

    out = []
    out.append("// Code generated by tools/gen_unicode_tables.py from the Unicode Character Database")
    out.append("// (Debian's unicode-data, /usr/share/unicode). DO NOT EDIT.")
    out.append("")
    out.append("package unicode")
    out.append("")
    out.append("// Version is the Unicode edition from which the tables are derived.")
    out.append("const Version = %s" % '"%s"' % sversion)
    out.append("")
    out.append("// Categories is the set of Unicode category tables.")
    out.append("var Categories = map[string]*RangeTable{")
    out.extend(align([['"%s":' % c, c + ","] for c in cats]))
    out.append("}")
    out.append("")
    for c in cats:
        table("_" + c, members[c], out)
    out.append("// These variables have type *RangeTable.")
    out.append("var (")
    names = []
    for c in cats:
        if len(c) == 2:
            names.append((c, "_" + c, "%s is the set of Unicode characters in category %s (%s)." % (c, c, CATEGORY_DOCS[c])))
        else:
            names.append((c, "_" + c, ""))
    for alias, c, doc in CATEGORY_ALIASES:
        names.append((alias, "_" + c, doc))
    out.extend(align([[n, "= " + v] + (["// " + doc] if doc else []) for n, v, doc in sorted(names)]))
    out.append(")")
    out.append("")

    out.append("// Scripts is the set of Unicode script tables.")
    out.append("var Scripts = map[string]*RangeTable{")
    out.extend(align([['"%s":' % s, s + ","] for s in sorted(scripts)]))
    out.append("}")
    out.append("")
    for s in sorted(scripts):
        table("_" + s, scripts[s], out)
    out.append("// These variables have type *RangeTable.")
    out.append("var (")
    out.extend(align([[s, "= _" + s, "// %s is the set of Unicode characters in script %s." % (s, s)]
                      for s in sorted(scripts)]))
    out.append(")")
    out.append("")

    out.append("// Properties is the set of Unicode property tables.")
    out.append("var Properties = map[string]*RangeTable{")
    rows = []
    for p in sorted(props):
        rows.append(['"%s":' % p, p + ","])
        if p == "Sentence_Terminal":
            rows.append(['"STerm":', "Sentence_Terminal,"])
    out.extend(align(rows))
    out.append("}")
    out.append("")
    for p in sorted(props):
        table("_" + p, props[p], out)
    out.append("// These variables have type *RangeTable.")
    out.append("var (")
    pnames = [(p, "_" + p, "%s is the set of Unicode characters with property %s." % (p, p)) for p in props]
    pnames.append(("STerm", "_Sentence_Terminal", "STerm is an alias for Sentence_Terminal."))
    out.extend(align([[n, "= " + v, "// " + doc] for n, v, doc in sorted(pnames)]))
    out.append(")")
    out.append("")

    out.append("// CaseRanges is the table describing case mappings for all letters with")
    out.append("// non-self mappings.")
    out.append("var CaseRanges = _CaseRanges")
    out.append("var _CaseRanges = []CaseRange{")
    out.extend(case_ranges(chars))
    out.append("}")
    out.append("")

    out.append("var properties = [MaxLatin1 + 1]uint8{")
    out.extend(latin_properties(chars))
    out.append("}")
    out.append("")

    out.append("var asciiFold = [MaxASCII + 1]uint16{")
    for r in range(0x80):
        f = chars.orbit[r]
        if f == 0:
            if chars.lower[r] not in (0, r):
                f = chars.lower[r]
            elif chars.upper[r] not in (0, r):
                f = chars.upper[r]
            else:
                f = r
        out.append("\t0x%04X," % f)
    out.append("}")
    out.append("")

    out.append("var caseOrbit = []foldPair{")
    for r in range(MAX_CHAR + 1):
        if chars.orbit[r]:
            if r > 0xFFFF or chars.orbit[r] > 0xFFFF:
                raise SystemExit("case orbit beyond the BMP: foldPair holds uint16")
            out.append("\t{0x%04X, 0x%04X}," % (r, chars.orbit[r]))
    out.append("}")
    out.append("")

    def cat_fold(mapname, doc, sets):
        exc = {}
        for name, mem in sets.items():
            x = fold_exceptions(chars, mem)
            if x:
                exc[name] = x
        out.append(doc)
        out.append("var %s = map[string]*RangeTable{" % mapname)
        out.extend(align([['"%s":' % name, "fold%s," % name] for name in sorted(exc)]))
        out.append("}")
        out.append("")
        for name in sorted(exc):
            table("fold" + name, exc[name], out)

    cat_fold("FoldCategory", "// FoldCategory maps a category name to a table of\n"
             "// code points outside the category that are equivalent under\n"
             "// simple case folding to code points inside the category.\n"
             "// If there is no entry for a category name, there are no such points.", members)
    cat_fold("FoldScript", "// FoldScript maps a script name to a table of\n"
             "// code points outside the script that are equivalent under\n"
             "// simple case folding to code points inside the script.\n"
             "// If there is no entry for a script name, there are no such points.", scripts)
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
