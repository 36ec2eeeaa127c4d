#!/usr/bin/env python3
"""Writes tests/fixtures/import/hedeby-hemtjanst.docx: an old Word paper of
the fictional Hedeby kommun whose letterhead sits in a page-header table
(kommun, förvaltning, date and Dnr in cells), a footer with the
municipality's postal address, the title as a Heading 1, proposals in a
numbered list, a signature after Beslutsunderlag, and a cost table.

    python3 scripts/make-import-fixtures.py
"""
import os, zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def p(text, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows):
    out = "<w:tbl>"
    for row in rows:
        out += "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in row) + "</w:tr>"
    return out + "</w:tbl>"


header = f'<w:hdr {W}>' + table([
    ["HEDEBY KOMMUN", "TJÄNSTESKRIVELSE"],
    ["Vård- och omsorgsförvaltningen", "Datum 2023-09-14"],
    ["Handläggare: Karin Sundqvist", "Dnr VON 2023/212"],
]) + p("") + "</w:hdr>"

footer = f'<w:ftr {W}>' + p("Hedeby kommun, 123 45 Hedeby, Besöksadress Storgatan 1, Tel 0498-100 00, www.hedeby.se") + "</w:ftr>"

body = "".join([
    p("Vård- och omsorgsnämnden"),
    p("Avgifter för trygghetslarm 2024", "Heading1"),
    p("Förslag till beslut", "Heading2"),
    p("Vård- och omsorgsnämnden beslutar"),
    p("Avgiften för trygghetslarm höjs till 250 kronor i månaden.", num="1"),
    p("Den nya avgiften gäller från och med den 1 januari 2024.", num="1"),
    p("Ärendet", "Heading2"),
    p("Avgiften har varit oförändrad sedan 2018. Kostnaden för larmtjänsten har ökat."),
    table([["Avgift", "2023", "2024"], ["Trygghetslarm", "200 kr", "250 kr"], ["Extra larmknapp", "50 kr", "60 kr"]]),
    p("Beslutsunderlag", "Heading2"),
    p("Tjänsteskrivelse 2023-09-14"),
    p("Kostnadsjämförelse trygghetslarm"),
    p(""),
    p("Annika Holm"),
    p("Förvaltningschef"),
    p(""),
    p("Karin Sundqvist"),
    p("Nämndsekreterare"),
    p("Beslutet skickas till", "Heading2"),
    p("Hemtjänsten"),
    p("Ekonomienheten"),
])
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr></w:body></w:document>'

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>'''

numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''

out = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "import", "hedeby-hemtjanst.docx")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                       ("word/_rels/document.xml.rels", doc_rels), ("word/document.xml", document),
                       ("word/styles.xml", styles), ("word/numbering.xml", numbering),
                       ("word/header1.xml", header), ("word/footer1.xml", footer)]:
        info = zipfile.ZipInfo(name, date_time=(2023, 9, 14, 0, 0, 0))
        z.writestr(info, data)
print(out)
