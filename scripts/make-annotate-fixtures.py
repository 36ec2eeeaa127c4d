#!/usr/bin/env python3
"""Writes tests/fixtures/annotate/hedeby-skolskjuts.docx: a Word paper of
the fictional Hedeby kommun with the slips a reviewer should see as
comments (ages 4-20 and 0-20, "två år" over three, two period forms, a
misspelt party, MBL information after the paper's date), written the way
Word writes: the letterhead in a page-header table, words split over runs
with their own formatting (bold, italic), a tracked insertion and deletion,
a colleague's existing comment, a simple field, entities in the text.

    python3 scripts/make-annotate-fixtures.py
"""
import os, zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def r(text, props=""):
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    # Without xml:space where the text has no edge spaces, as Word writes it.
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:r>{rpr}<w:t{space}>{escape(text)}</w:t></w:r>"


def p(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def table(rows):
    out = "<w:tbl>"
    for row in rows:
        out += "<w:tr>" + "".join(f"<w:tc>{p(r(c))}</w:tc>" for c in row) + "</w:tr>"
    return out + "</w:tbl>"


BOLD = "<w:b/>"
ITALIC = "<w:i/>"

header = f"<w:hdr {W}>" + table([
    ["HEDEBY KOMMUN", "TJÄNSTESKRIVELSE"],
    ["Barn- och utbildningsförvaltningen", "Datum 2026-03-02"],
    ["Handläggare: Petra Lindqvist", "Dnr BUN 2026/31"],
]) + "</w:hdr>"

body = "".join([
    p(r("Barn- och utbildningsnämnden")),
    p(r("Skolskjuts för barn med funktionsnedsättning"), style="Heading1"),
    p(r("Förslag till beslut"), style="Heading2"),
    p(r("1. Barn- och utbildningsnämnden godkänner avtalet med "),
      r("Norrtåg Buss AB", BOLD),
      r(" om skolskjuts för barn 4-20 år under perioden 1 juli 2026 till 30 juni 2028.")),
    p(r("Ärende"), style="Heading2"),
    # The age range split over three runs, the middle one bold; a
    # colleague's comment already on "Avtalet gäller".
    p('<w:commentRangeStart w:id="0"/>',
      r("Avtalet gäller"),
      '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
      r(" skolskjuts för barn "),
      r("0-20", BOLD),
      r(" år. Avtalstiden är "),
      r("två år", ITALIC),
      r(", från 1 juli 2026 till 30 juni 2029. "),
      # A tracked change: the misspelt name was typed in, the old deleted.
      '<w:ins w:id="10" w:author="Petra Lindqvist" w:date="2026-03-01T10:00:00Z">',
      r("Norrtag Buss AB"),
      "</w:ins>",
      '<w:del w:id="11" w:author="Petra Lindqvist" w:date="2026-03-01T10:00:00Z">',
      '<w:r><w:delText>Bolaget</w:delText></w:r>',
      "</w:del>",
      r(" har lämnat det lägsta anbudet & det bästa."),
      ),
    p(r("Information och förhandling enligt MBL"), style="Heading2"),
    p(r("Information enligt 19 § MBL lämnades den "), r("9 mars 2026", BOLD), r(".")),
    p(r("Sidan "), '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'),
    p(r("Petra Lindqvist")),
    p(r("Utredare")),
    p(r("Beslutet skickas till"), style="Heading2"),
    p(r("Norrtåg Buss AB")),
])

document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/></w:sectPr></w:body></w:document>'

comments = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}><w:comment w:id="0" w:author="Jonas Berg" w:initials="JB"><w:p><w:r><w:t>Stämmer avtalstiden med upphandlingen?</w:t></w:r></w:p></w:comment></w:comments>'

styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>'

content_types = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'

root_rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

doc_rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'

out = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "annotate", "hedeby-skolskjuts.docx")
os.makedirs(os.path.dirname(out), exist_ok=True)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", root_rels),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/header1.xml", header),
        ("word/comments.xml", comments),
    ]:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
print(out)

# The PDF fixture (hedeby-skolskjuts.pdf) is this .docx exported by
# LibreOffice, a PDF as a colleague would send it (not made by beslut):
#   soffice --headless --convert-to pdf --outdir tests/fixtures/annotate \
#       tests/fixtures/annotate/hedeby-skolskjuts.docx
# It is committed as made (LibreOffice 7.4), so the tests need no soffice.
