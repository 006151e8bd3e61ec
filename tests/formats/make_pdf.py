#!/usr/bin/python3
"""Writes a test PDF (python3-reportlab) from a plain-text article: the text
laid out in two columns over several pages, a running header and a page
number on every page, one word hyphenated across a line break, and a raised
footnote marker after a word written "word^1". Usage:
  make_pdf.py IN.txt OUT.pdf [--title T] [--date YYYY-MM-DD] [--one-column]
  make_pdf.py --image-only OUT.pdf   (a page with a drawing and no text)
  make_pdf.py --encrypted OUT.pdf    (text behind an owner/user password)"""
import sys
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FONT, SIZE, LEAD = "Helvetica", 9, 11


def wrap(words, width):
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t.replace("^1", ""), FONT, SIZE) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def hyphenate_once(lines, width):
    # Moves the longest head of the next line's first long word that fits
    # up to the end of a line, with a hyphen ("nego-" / "tiations").
    for i in range(len(lines) - 1):
        first = lines[i + 1].split(" ")[0]
        if len(first) < 7 or not first.isalpha() or not first.islower():
            continue
        for cut in range(len(first) - 3, 2, -1):
            head = lines[i] + " " + first[:cut] + "-"
            if stringWidth(head.replace("^1", ""), FONT, SIZE) <= width:
                lines[i] = head
                lines[i + 1] = first[cut:] + lines[i + 1][len(first):]
                return lines
    return lines


def draw_line(c, x, y, line):
    for k, part in enumerate(line.split("^1")):
        if k:
            c.setFont(FONT, 5)
            c.drawString(x, y + 4, "1")
            x += stringWidth("1", FONT, 5)
            c.setFont(FONT, SIZE)
        c.drawString(x, y, part)
        x += stringWidth(part, FONT, SIZE)


def main():
    args = sys.argv[1:]
    if args[0] == "--image-only":
        c = canvas.Canvas(args[1], pagesize=A5)
        c.rect(50, 50, 200, 300, fill=1)
        c.showPage()
        c.save()
        return
    if args[0] == "--encrypted":
        c = canvas.Canvas(args[1], pagesize=A5, encrypt="secret")
        c.drawString(50, 500, "Rebels attacked the army base on Monday.")
        c.showPage()
        c.save()
        return
    src, out = args[0], args[1]
    title = args[args.index("--title") + 1] if "--title" in args else None
    date = args[args.index("--date") + 1] if "--date" in args else None
    cols = 1 if "--one-column" in args else 2
    text = open(src, encoding="utf-8").read()
    paras = [p.split() for p in text.split("\n\n") if p.strip()]
    pw, ph = A5
    margin, gutter = 36, 18
    colw = (pw - 2 * margin - (cols - 1) * gutter) / cols
    rows = 9  # lines per column: a short page, so the text spans pages
    lines = []
    for p in paras:
        wrapped = wrap(p, colw)
        if not any(l.endswith("-") for l in lines):  # one hyphenated break
            wrapped = hyphenate_once(wrapped, colw)
        lines += wrapped
        lines.append("")  # paragraph gap
    c = canvas.Canvas(out, pagesize=A5, invariant=1)
    if title:
        c.setTitle(title)
    if date:  # else reportlab's invariant mode writes 2000-01-01
        c.setDateFormatter(lambda *_: "D:" + date.replace("-", "") + "120000+00'00'")
    page, i = 1, 0
    while i < len(lines):
        c.setFont(FONT, 7)
        c.drawString(margin, ph - 24, "THE WORLD REPORT  -  Weekly security briefing")
        c.drawCentredString(pw / 2, 20, str(page))
        if page == 1:  # the footnote the marker points to, in small type
            c.setFont(FONT, 6)
            c.drawString(margin, 34, "1 Figures from the United Nations office in Geneva.")
        c.setFont(FONT, SIZE)
        for col in range(cols):
            x = margin + col * (colw + gutter)
            y = ph - 60
            for _ in range(rows):
                if i >= len(lines):
                    break
                draw_line(c, x, y, lines[i])
                y -= LEAD
                i += 1
        c.showPage()
        page += 1
    c.save()


main()
