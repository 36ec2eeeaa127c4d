#!/usr/bin/env python3
"""Writes examples/wordmall/mall.dotx: a small, fictional municipal Word
template with Swedish style ids (Rubrik1 for "heading 1", as Swedish Word
writes them), its own fonts and colours, and a first-page header with the
logo. It stands in for the template a municipality already has; beslut
reads its styles and first-page header (see [style] word_template).

    scripts/make-example-word-template.py LOGO.png
"""
import sys, zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
BLUE = "1D4F91"

def style(kind, sid, name, ppr="", rpr="", based=True):
    b = '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>' if based else ""
    d = ' w:default="1"' if sid == "Normal" else ""
    return (f'<w:style w:type="{kind}" w:styleId="{sid}"{d}><w:name w:val="{name}"/>{b}<w:qFormat/>'
            f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')

font = '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Liberation Serif" w:cs="Liberation Serif"/>'
sans = '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/>'
styles = (HEAD + f'<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>{font}<w:sz w:val="23"/><w:szCs w:val="23"/>'
          '<w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
          '</w:pPr></w:pPrDefault></w:docDefaults>'
          + style("paragraph", "Normal", "Normal", based=False)
          + style("paragraph", "Rubrik", "Title", '<w:spacing w:before="480" w:after="120"/>',
                  f'{sans}<w:b/><w:color w:val="{BLUE}"/><w:sz w:val="32"/>')
          + style("paragraph", "Rubrik1", "heading 1", '<w:keepNext/><w:spacing w:before="240" w:after="40"/><w:outlineLvl w:val="0"/>',
                  f'{sans}<w:b/><w:color w:val="{BLUE}"/><w:sz w:val="24"/>')
          + style("paragraph", "Rubrik2", "heading 2", '<w:keepNext/><w:spacing w:before="200" w:after="40"/><w:outlineLvl w:val="1"/>',
                  f'{sans}<w:b/><w:sz w:val="22"/>')
          + style("paragraph", "Sidhuvud", "header", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')
          + '</w:styles>')

header = (HEAD + f'<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="Sidhuvud"/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="{BLUE}"/></w:pBdr></w:pPr>'
          '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1620000" cy="405000"/>'
          '<wp:docPr id="1" name="Logotyp" descr="Lövsjö kommun"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
          '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo.png" descr="Lövsjö kommun"/><pic:cNvPicPr/></pic:nvPicPr>'
          '<pic:blipFill><a:blip r:embed="rIdBild"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
          '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1620000" cy="405000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
          '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
          f'<w:r><w:tab/><w:t>Social- och omsorgsförvaltningen</w:t></w:r></w:p></w:hdr>')

document = (HEAD + f'<w:document {W}><w:body><w:p/><w:sectPr><w:headerReference w:type="first" r:id="rIdForsta"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1247" w:right="1134" w:bottom="1474" w:left="1985" w:header="709" w:footer="709" w:gutter="0"/>'
            '<w:titlePg/></w:sectPr></w:body></w:document>')

rels = lambda items: (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items) + '</Relationships>')
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."
types = (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
         f'<Override PartName="/word/document.xml" ContentType="{MAIN}template.main+xml"/>'
         f'<Override PartName="/word/styles.xml" ContentType="{MAIN}styles+xml"/>'
         f'<Override PartName="/word/header1.xml" ContentType="{MAIN}header+xml"/></Types>')

parts = [
    ("[Content_Types].xml", types),
    ("_rels/.rels", rels([("rId1", R + "officeDocument", "word/document.xml")])),
    ("word/document.xml", document),
    ("word/_rels/document.xml.rels", rels([("rIdStilar", R + "styles", "styles.xml"), ("rIdForsta", R + "header", "header1.xml")])),
    ("word/styles.xml", styles),
    ("word/header1.xml", header),
    ("word/_rels/header1.xml.rels", rels([("rIdBild", R + "image", "media/image1.png")])),
]
with zipfile.ZipFile("examples/wordmall/mall.dotx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts:
        z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text.encode())
    z.writestr(zipfile.ZipInfo("word/media/image1.png", (1980, 1, 1, 0, 0, 0)), open(sys.argv[1], "rb").read())
