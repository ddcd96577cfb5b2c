#!/usr/bin/env python3
"""Write the seeds of fuzz/corpus/xlsx: two small workbooks (parts stored,
not deflated, so that mutations reach the XML) and two sheets as the xlsx
target packs them itself (the sheet's XML, then a NUL and the shared
strings). Run it from the top of the tree; it overwrites the seeds."""
import os
import zipfile

out = os.path.join('fuzz', 'corpus', 'xlsx')
os.makedirs(out, exist_ok=True)
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
content_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
workbook = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} xmlns:r="{REL}"><sheets>'
            '<sheet name="Responses" sheetId="1" r:id="rId1"/>'
            '<sheet name="About" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
shared = (f'<sst {NS}><si><t>ID</t></si><si><t>Answer</t></si><si><r><t>Meets</t></r><r><t xml:space="preserve">'
          ' fully</t></r></si><si><t>R-1</t><rPh><t>x</t></rPh></si><si><t>a_x000D_b</t></si></sst>')
responses = (f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
             '</row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>2</v></c><c r="C2"><v>1.5</v></c>'
             '<c r="D2" t="b"><v>1</v></c><c r="E2" t="inlineStr"><is><t>in</t></is></c><c r="F2" t="s"><v>4</v>'
             '</c></row><row r="4"><c r="C4"><v>42</v></c><c r="E4"><f>C4*2</f><v>84</v></c></row><row>'
             '<c t="str"><f>A1</f><v>ID</v></c><c t="e"><v>#N/A</v></c></row></sheetData></worksheet>')
about = (f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>project</t></is></c>'
         '<c r="B1" t="inlineStr"><is><t>0b5e0c4e-1d2f-4f4a-9a51-2f7c2b0e6d11</t></is></c></row>'
         '</sheetData></worksheet>')


def workbook_zip(name, parts):
    with zipfile.ZipFile(os.path.join(out, name), 'w', zipfile.ZIP_STORED) as z:
        for part, text in parts:
            z.writestr(part, text)


base = [('[Content_Types].xml', content_types), ('xl/workbook.xml', workbook),
        ('xl/_rels/workbook.xml.rels', rels), ('xl/sharedStrings.xml', shared),
        ('xl/worksheets/sheet1.xml', responses), ('xl/worksheets/sheet2.xml', about)]
workbook_zip('responses.xlsx', base)
workbook_zip('no-shared-strings.xlsx', [p for p in base if p[0] != 'xl/sharedStrings.xml'][:3] +
             [('xl/worksheets/sheet1.xml', about), ('xl/worksheets/sheet2.xml', about)])
with open(os.path.join(out, 'sheet-and-shared.xml'), 'wb') as f:
    f.write(responses.encode() + b'\0' + shared.encode())
with open(os.path.join(out, 'inline-sheet.xml'), 'wb') as f:
    f.write(about.encode())
