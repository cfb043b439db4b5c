"""Builds the hand-made xlsx fixtures of XLSXStreamTests and the expected cells of every
fixture, read with Python's zipfile and xml.etree (an independent reader)."""
import zipfile, io, sys, xml.etree.ElementTree as ET, os
NS={'m':'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
R='{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'
def book(path, sheet_xml, shared=None, workbook=None, extra=None):
    z=zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml','<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr('xl/workbook.xml', workbook or '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="표" sheetId="1" r:id="rId7"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels','<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Target="/xl/worksheets/../worksheets/data.xml"/></Relationships>')
    if shared: z.writestr('xl/sharedStrings.xml', shared)
    z.writestr('xl/worksheets/data.xml', sheet_xml)
    for name,data in (extra or {}).items(): z.writestr(name,data)
    z.close()
W='<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData>%s</worksheet>'
book('kinds.xlsx', W % ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inline</t></is></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c></row>'
    '<row r="3"><c t="s"><v>1</v></c><c><v>4.7732558E7</v></c><c><v>-0.5</v></c><c r="F3" t="str"><f>A1</f><v>formula text</v></c></row>'
    '<row r="4"><c r="A4" t="s"><v>2</v></c></row>'
    '<row r="5"><c r="A5" t="d"><v>2024-03-31</v></c><c r="B5"><v></v></c><c r="C5" s="3"/></row>', '<mergeCells><mergeCell ref="A4:C4"/></mergeCells>'),
    shared='<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>시점</t></si><si><r><t>총인구수 </t></r><r><rPr><b/></rPr><t>(명)</t></r><rPh><t>ふりがな</t></rPh></si><si><t>merged</t></si></sst>')
bomb=b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + b' '*(20*1024*1024) + b'</sheetData></worksheet>'
book('bomb.xlsx', bomb)
book('doctype.xlsx', '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>')
book('laughs.xlsx', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')
book('broken.xlsx', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>')
book('badshared.xlsx', W % ('<row r="2"><c r="C2" t="s"><v>9</v></c></row>',''), shared='<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si></sst>')
# <mergeCells> across the 64 KiB chunks the reader inflates in: it starts 6 bytes before one.
head='<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>merged</t></is></c></row>'
book('straddle.xlsx', head + ' '*(65536 - 6 - len(head) - len('</sheetData>')) + '</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>')
# Number forms: integers read without text, the rest through Double; a bad number refused.
book('numbers.xlsx', W % ('<row r="1"><c r="A1"><v>-12</v></c><c r="B1"><v>1234567890123456</v></c><c r="C1"><v>0001</v></c><c r="D1"><v>+5</v></c><c r="E1"><v>1.5E3</v></c><c r="F1"><v>-0</v></c><c r="G1"><v>999999999999999</v></c></row>', ''))
book('badnumber.xlsx', W % ('<row r="1"><c r="A1"><v>12abc</v></c></row>', ''))
open('notzip.xlsx','w').write('period,value\n2020,1\n')

def cells(path):
    """Every cell as row<TAB>column<TAB>text, sheet by sheet, without merged-range filling."""
    z=zipfile.ZipFile(path)
    wb=ET.fromstring(z.read('xl/workbook.xml'))
    rels=ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
    targets={r.get('Id'):r.get('Target') for r in rels}
    shared=[]
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si',NS):
            shared.append(''.join(t.text or '' for t in si.iter('{%s}t'%NS['m']) if not any(t in p.iter() for p in si.findall('m:rPh',NS))))
    out=[]
    for sheet in wb.find('m:sheets',NS):
        t=targets[sheet.get(R)]
        name=os.path.normpath('xl/'+t if not t.startswith('/') else t[1:]).replace(os.sep,'/')
        out.append('# '+sheet.get('name'))
        root=ET.fromstring(z.read(name))
        for row in root.find('m:sheetData',NS):
            col=0
            for c in row.findall('m:c',NS):
                ref=c.get('r')
                if ref:
                    letters=''.join(ch for ch in ref if ch.isalpha()); col=0
                    for ch in letters: col=col*26+ord(ch)-64
                else: col+=1
                v=c.find('m:v',NS); typ=c.get('t','n')
                if typ=='inlineStr': text=''.join(x.text or '' for x in c.iter('{%s}t'%NS['m']))
                elif v is None: continue
                elif typ=='s': text=shared[int(v.text)]
                elif typ=='b': text='TRUE' if v.text=='1' else 'FALSE'
                else: text=v.text or ''
                out.append('%s\t%d\t%s'%(row.get('r'),col,text.replace('\t','\\t').replace('\n','\\n')))
    return '\n'.join(out)+'\n'
for f in sorted(os.listdir('.')):
    if f.endswith('.xlsx') and f not in ('bomb.xlsx','doctype.xlsx','laughs.xlsx','broken.xlsx','badshared.xlsx','badnumber.xlsx','notzip.xlsx'):
        open(f[:-5]+'.cells.tsv','w').write(cells(f))
