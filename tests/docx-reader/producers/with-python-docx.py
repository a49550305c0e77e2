"""Word documents built with python-docx (Debian's python3-docx) the way an editor's script
builds them, from govtech-convert's JSON tree of an interview: the title in the Title style,
each question a bold paragraph, a "Q:" paragraph with its answer after "A:", or a Heading 2
(WAY: bold, qa, heading; a transcript keeps its "Name:" turns), lists in the List Bullet and
List Number styles, tables with a header row, quotations in the Quote style, and the title,
author and language in the core properties. A right-to-left language's paragraphs are w:bidi
and its runs w:rtl, as Word writes them.
    python3 with-python-docx.py TREE.json OUT.docx WAY
"""
import json
import sys

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

RIGHT_TO_LEFT = {"ar", "he", "fa", "ur"}


class Builder:
    def __init__(self, tree, way):
        self.tree = tree
        self.way = way
        self.doc = docx.Document()
        language = (tree["meta"].get("language") or "en").split("-")[0]
        self.rtl = language in RIGHT_TO_LEFT
        props = self.doc.core_properties
        props.title = tree["meta"].get("title", "")
        props.author = "; ".join(tree["meta"].get("authors", []))  # as Word's Author field
        props.language = language
        if "Source Code" not in [s.name for s in self.doc.styles]:
            code = self.doc.styles.add_style("Source Code", WD_STYLE_TYPE.PARAGRAPH)
            code.font.name = "Courier New"

    def paragraph(self, style=None):
        p = self.doc.add_paragraph(style=style)
        if self.rtl:
            p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
        return p

    def run(self, p, text, bold=False, italic=False, code=False, target=None):
        r = p.add_run(text)
        if target is not None:  # a run inside a hyperlink
            target.append(r._r)
        r.bold = bold or None
        r.italic = italic or None
        if code:
            r.font.name = "Courier New"
        if self.rtl:
            r._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        return r

    def inlines(self, p, nodes, bold=False, italic=False, target=None):
        for node in nodes or []:
            kind = node["type"]
            if kind == "text":
                self.run(p, node["text"], bold, italic, target=target)
            elif kind == "code":
                self.run(p, node["text"], bold, italic, code=True, target=target)
            elif kind == "soft_break":
                self.run(p, " ", bold, italic, target=target)
            elif kind == "hard_break":
                self.run(p, "", bold, italic, target=target).add_break()
            elif kind == "strong":
                self.inlines(p, node["content"], True, italic, target)
            elif kind == "emphasis":
                self.inlines(p, node["content"], bold, True, target)
            elif kind == "link":
                rid = p.part.relate_to(node["url"], RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
                link = OxmlElement("w:hyperlink")
                link.set(qn("r:id"), rid)
                p._p.append(link)
                self.inlines(p, node["content"], bold, italic, link)
            elif kind == "quoted":
                single = node.get("quote") == "single"
                self.run(p, "\u2018" if single else "\u201c", bold, italic, target=target)
                self.inlines(p, node["content"], bold, italic, target)
                self.run(p, "\u2019" if single else "\u201d", bold, italic, target=target)
            elif kind == "note":
                # python-docx writes no footnotes: an editor puts the note in brackets.
                self.run(p, " [", bold, italic, target=target)
                for block in node["content"]:
                    self.inlines(p, block.get("content"), bold, italic, target)
                self.run(p, "]", bold, italic, target=target)
            elif kind == "image":
                self.inlines(p, node.get("alt"), bold, italic, target)
            else:
                self.inlines(p, node.get("content"), bold, italic, target)

    def blocks(self, blocks, style=None, depth=0):
        for block in blocks or []:
            kind = block["type"]
            if kind == "paragraph":
                self.inlines(self.paragraph(style), block["content"])
            elif kind == "heading":
                self.inlines(self.paragraph(f"Heading {min(block['level'], 9)}"),
                             block["content"])
            elif kind in ("bullet_list", "ordered_list"):
                name = "List Bullet" if kind == "bullet_list" else "List Number"
                if depth:
                    name += f" {min(depth + 1, 3)}"
                for item in block["items"]:
                    self.blocks(item["content"], name, depth + 1)
            elif kind == "block_quote":
                self.blocks(block["content"], "Quote", depth)
            elif kind == "code_block":
                for line in block["text"].rstrip("\n").split("\n"):
                    self.run(self.paragraph("Source Code"), line, code=True)
            elif kind == "table":
                self.table(block)
            elif kind == "thematic_break":
                pass
            else:
                self.blocks(block.get("content"), style, depth)

    def table(self, block):
        rows = ([block["header"]] if block.get("header") else []) + block["rows"]
        width = max(len(r) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        if block.get("header"):
            header = table.rows[0]._tr.get_or_add_trPr()
            header.append(OxmlElement("w:tblHeader"))
        for index, (row, cells) in enumerate(zip(table.rows, rows)):
            for cell, content in zip(row.cells, cells):
                header = index == 0 and bool(block.get("header"))
                self.inlines(cell.paragraphs[0], content, bold=header)

    def build(self):
        meta = self.tree["meta"]
        if meta.get("title"):
            self.run(self.paragraph("Title"), meta["title"])
        if meta.get("subtitle"):
            self.run(self.paragraph("Subtitle"), meta["subtitle"])
        person = meta.get("interviewee") or {}
        who = ", ".join(x for x in (person.get("name"), person.get("role"),
                                     person.get("organisation")) if x)
        if who:
            self.run(self.paragraph(), who)
        self.blocks(self.tree.get("intro"))
        for entry in self.tree.get("entries", []):
            answer = list(entry.get("answer") or [])
            if entry.get("question_speaker"):
                p = self.paragraph()
                self.run(p, entry["question_speaker"] + ": ")
                self.inlines(p, entry["question"])
                if answer and answer[0]["type"] == "paragraph" and entry.get("answer_speaker"):
                    p = self.paragraph()
                    self.run(p, entry["answer_speaker"] + ": ")
                    self.inlines(p, answer.pop(0)["content"])
            elif self.way == "qa":
                p = self.paragraph()
                self.run(p, "Q: ")
                self.inlines(p, entry["question"])
                if answer and answer[0]["type"] == "paragraph":
                    p = self.paragraph()
                    self.run(p, "A: ")
                    self.inlines(p, answer.pop(0)["content"])
            elif self.way == "heading":
                self.inlines(self.paragraph("Heading 2"), entry["question"])
            else:
                self.inlines(self.paragraph(), entry["question"], bold=True)
            self.blocks(answer)
        self.blocks(self.tree.get("trailing"))
        return self.doc


def main():
    tree_path, out, way = sys.argv[1:4]
    with open(tree_path, encoding="utf-8") as f:
        tree = json.load(f)
    Builder(tree, way).build().save(out)


if __name__ == "__main__":
    main()
